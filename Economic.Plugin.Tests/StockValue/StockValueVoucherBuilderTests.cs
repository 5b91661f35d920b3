using Economic.Plugin.StockValue;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueVoucherBuilderTests
{
    private static readonly StockValueTarget Target = new(JournalNumber: 3, DebitAccountNumber: 5520, CreditAccountNumber: 1355);
    private static readonly DateOnly Date = new(2026, 3, 31);

    [Fact]
    public void Build_Rise_DebitsDebitAccountWithPositiveAmount()
    {
        var draft = StockValueVoucherBuilder.Build(Target, "2026", Date, "2026-03", 10_000m, 1_234.50m);

        var entry = Assert.Single(draft.Entries.FinanceVouchers!);
        Assert.Equal(5520, entry.Account!.AccountNumber);
        Assert.Equal(1355, entry.ContraAccount!.AccountNumber);
        Assert.Equal(1_234.50m, entry.Amount);
    }

    [Fact]
    public void Build_Fall_SwapsAccountsAndKeepsAmountPositive()
    {
        var draft = StockValueVoucherBuilder.Build(Target, "2026", Date, "2026-03", 11_234.50m, -200.25m);

        var entry = Assert.Single(draft.Entries.FinanceVouchers!);
        Assert.Equal(1355, entry.Account!.AccountNumber);
        Assert.Equal(5520, entry.ContraAccount!.AccountNumber);
        Assert.Equal(200.25m, entry.Amount);
    }

    [Fact]
    public void ReadChange_PositiveAmount_DebitsAccountAndCreditsContraAccount()
    {
        var rise = new FinanceVoucherEntry { Account = new(5520), ContraAccount = new(1355), Amount = 12.5m };
        var fall = new FinanceVoucherEntry { Account = new(1355), ContraAccount = new(5520), Amount = 12.5m };
        var other = new FinanceVoucherEntry { Account = new(1010), ContraAccount = new(5820), Amount = 12.5m };

        Assert.Equal(12.5m, StockValueVoucherBuilder.ReadChange(rise, Target));
        Assert.Equal(-12.5m, StockValueVoucherBuilder.ReadChange(fall, Target));
        Assert.Null(StockValueVoucherBuilder.ReadChange(other, Target));
    }

    [Fact]
    public void Build_Always_SetsYearJournalDateAndDanishText()
    {
        var draft = StockValueVoucherBuilder.Build(Target, "2026/2027", Date, "2026-03", 10_000m, 1_234.50m);

        var entry = Assert.Single(draft.Entries.FinanceVouchers!);
        Assert.Equal("2026/2027", draft.AccountingYear.Year);
        Assert.Equal(3, draft.Journal.JournalNumber);
        Assert.Equal(Date, entry.Date);
        Assert.Equal("Lagerværdi 2026-03: 10.000,00 → 11.234,50", entry.Text);
    }

    [Theory]
    [InlineData("0.333", "0.33")]
    [InlineData("19.995", "20.00")]
    [InlineData("-19.995", "-20.00")]
    [InlineData("1234.5049", "1234.50")]
    public void RoundAmount_MoreThanTwoDecimals_RoundsMidpointAwayFromZero(string input, string expected)
    {
        var rounded = StockValueVoucherBuilder.RoundAmount(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.001")]
    public void Build_ZeroOrUnroundedChange_Throws(string change)
    {
        var amount = decimal.Parse(change, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Throws<ArgumentException>(() => StockValueVoucherBuilder.Build(Target, "2026", Date, "2026-03", 10m, amount));
    }

    [Fact]
    public void BuildText_HugeValues_StaysWithinTextLimit()
    {
        var text = StockValueVoucherBuilder.BuildText(new string('9', 300), 1m, 2m);

        Assert.Equal(StockValueVoucherBuilder.MaxTextLength, text.Length);
    }
}
