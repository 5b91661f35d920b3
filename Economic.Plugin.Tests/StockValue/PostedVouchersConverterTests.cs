using System.Text.Json;
using System.Text.Json.Nodes;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.Tests.StockValue;

public sealed class PostedVouchersConverterTests
{
    [Fact]
    public void Read_ArrayOfTwoVouchers_KeepsBoth()
    {
        const string json = """[{"voucherNumber":812,"accountingYear":{"year":"2025"}},{"voucherNumber":813,"accountingYear":{"year":"2025"}}]""";

        var posted = JsonSerializer.Deserialize<PostedVouchers>(json, EconomicJson.Options)!;

        Assert.Equal([812, 813], posted.Vouchers.Select(voucher => voucher.VoucherNumber));
    }

    [Fact]
    public void Read_SingleVoucherObject_ReadsOneVoucher()
    {
        const string json = """{"voucherNumber":40001,"accountingYear":{"year":"2026/2027"},"entries":{"financeVouchers":[{"amount":1234.50,"date":"2026-09-30"}]}}""";

        var posted = JsonSerializer.Deserialize<PostedVouchers>(json, EconomicJson.Options)!;

        var voucher = Assert.Single(posted.Vouchers);
        Assert.Equal("2026/2027", voucher.AccountingYear!.Year);
        Assert.Equal(1234.50m, Assert.Single(voucher.FinanceVouchers).Amount);
    }

    [Fact]
    public void Write_VoucherDraft_OmitsNullsAndWritesDate()
    {
        var draft = StockValueVoucherBuilder.Build(new(4, 5520, 1355), "2026", new DateOnly(2026, 3, 31), "2026-03", 0.10m, 0.20m);

        var json = JsonSerializer.Serialize(draft, EconomicJson.Options);

        const string expected = """{"accountingYear":{"year":"2026"},"journal":{"journalNumber":4},"entries":{"financeVouchers":[{"account":{"accountNumber":5520},"contraAccount":{"accountNumber":1355},"amount":0.20,"date":"2026-03-31","text":"Lagerværdi 2026-03: 0,10 → 0,30"}]}}""";
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(json)), json);
    }
}
