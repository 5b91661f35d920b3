using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Economic.Plugin.Tests.StandIn;
using Economic.StandIn;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StandInJournalsTests : IAsyncLifetime
{
    private const string Grant = "grant-journals-51c3";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.Zero));
    private StandInServer _server = null!;
    private StandInAgreement _agreement = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false, TimeProvider = _time });
        _agreement = _server.AddAgreement(Grant, 9200077, "Kladdetest ApS");
        _client = StandInHttp.CreateClient(_server, Grant);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Journals_StandardChart_ListsStockValueJournal()
    {
        var journals = await _client.GetJsonAsync("journals");
        var journal = await _client.GetJsonAsync("journals/4");
        await _client.GetJsonAsync("journals/99", HttpStatusCode.NotFound);

        Assert.Contains(journals.Collection(), item => item!["journalNumber"]!.GetValue<int>() == 4);
        Assert.Equal("Lagerværdi", journal["name"]!.GetValue<string>());
        Assert.StartsWith(_server.BaseUrl.ToString(), journal["self"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_StandardChart_HasStockValueAccounts()
    {
        var stock = await _client.GetJsonAsync("accounts/5520");
        var adjustment = await _client.GetJsonAsync("accounts/1355");
        var all = await _client.GetJsonAsync("accounts?pagesize=1000");

        Assert.Equal("status", stock["accountType"]!.GetValue<string>());
        Assert.Equal("profitAndLoss", adjustment["accountType"]!.GetValue<string>());
        Assert.Equal(all.Collection().Count, all.Pagination()["results"]!.GetValue<int>());
    }

    [Fact]
    public async Task AccountingYears_SplitYear_ReadsByEscapedName()
    {
        _agreement.SetAccountingYears(new StandInAccountingYear("2026/2027", new(2026, 7, 1), new(2027, 6, 30)));

        var year = await _client.GetJsonAsync("accounting-years/2026%2F2027");
        var years = await _client.GetJsonAsync("accounting-years");

        Assert.Equal("2026-07-01", year["fromDate"]!.GetValue<string>());
        Assert.Equal("2026/2027", Assert.Single(years.Collection())!["year"]!.GetValue<string>());
    }

    [Fact]
    public async Task Vouchers_Post_Returns201WithArray()
    {
        using var response = await PostAsync(Voucher(amount: "1234.50"), "key-1");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var voucher = Assert.Single(body.AsArray())!;
        Assert.Equal(60001, voucher["voucherNumber"]!.GetValue<int>());
        Assert.Equal("financeVoucher", voucher["entries"]!["financeVouchers"]![0]!["entryType"]!.GetValue<string>());
        Assert.Single(_agreement.Vouchers(4));
        var listed = await _client.GetJsonAsync("journals/4/vouchers");
        Assert.Single(listed.Collection());
    }

    [Fact]
    public async Task Vouchers_SameKeyWithinHour_ReplaysFromCache()
    {
        using var first = await PostAsync(Voucher(amount: "10.00"), "key-replay");
        using var second = await PostAsync(Voucher(amount: "20.00"), "key-replay");
        _time.Advance(TimeSpan.FromMinutes(61));
        using var third = await PostAsync(Voucher(amount: "20.00"), "key-replay");

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("X-ResultFromCache").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(third.Headers.Contains("X-ResultFromCache"));
        Assert.Equal(2, _agreement.Vouchers(4).Count);
    }

    [Fact]
    public async Task Vouchers_MissingJournal_Returns404()
    {
        _agreement.RemoveJournal(4);

        using var response = await PostAsync(Voucher(amount: "10.00"), "key-404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Vouchers_UnknownAccount_ReturnsE04041AndE07150()
    {
        var body = await RejectedAsync(Voucher(amount: "10.00", account: 9999));

        Assert.Equal("E04300", body["errorCode"]!.GetValue<string>());
        var accountError = body["errors"]![0]!["account"]!["errors"]![0]!;
        Assert.Equal("E04041", accountError["errorCode"]!.GetValue<string>());
        Assert.Equal("9999", accountError["inputValue"]!.GetValue<string>());
        Assert.Equal("Account(s) is not found or barred.", accountError["errorMessage"]!.GetValue<string>());
        var entryError = body["errors"]![0]!["entries"]!["items"]![0]!["Account"]!["errors"]![0]!;
        Assert.Equal("E07150", entryError["errorCode"]!.GetValue<string>());
        Assert.NotNull(body["logId"]);
    }

    [Fact]
    public async Task Vouchers_BarredAccount_ReturnsE04041()
    {
        _agreement.SetAccountBarred(1355, barred: true);

        var body = await RejectedAsync(Voucher(amount: "10.00"));

        Assert.Equal("E04041", body["errors"]![0]!["contraAccount"]!["errors"]![0]!["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Vouchers_DirectEntriesBlocked_Returns400()
    {
        _agreement.SetBlockDirectEntries(5520, block: true);

        var body = await RejectedAsync(Voucher(amount: "10.00"));

        var error = body["errors"]![0]!["entries"]!["items"]![0]!["account"]!["errors"]![0]!;
        Assert.Contains("does not allow direct entries", error["errorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vouchers_ClosedPeriod_ReturnsPeriodenErSpaerret()
    {
        _agreement.ClosePeriod(new DateOnly(2026, 3, 1));

        var body = await RejectedAsync(Voucher(amount: "10.00"));

        var error = body["errors"]![0]!["entries"]!["items"]![0]!["date"]!["errors"]![0]!;
        Assert.Equal("Perioden er spærret.", error["errorMessage"]!.GetValue<string>());
        Assert.Equal("E04041", error["errorCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Vouchers_DateOutsideEveryYear_Returns400()
    {
        var body = await RejectedAsync(Voucher(amount: "10.00", date: "2028-01-03", year: "2027"));

        var error = body["errors"]![0]!["entries"]!["items"]![0]!["date"]!["errors"]![0]!;
        Assert.Contains("not within the accounting year", error["errorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vouchers_PaymentsJournal_RejectsFinanceVoucher()
    {
        using var response = await PostAsync(Voucher(amount: "10.00"), "key-payments", journalNumber: 2);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body["errors"]![0]!["entries"]!["errors"]![0]!;
        Assert.Equal("The journal only allows entries of type 'customerPayment'.", error["errorMessage"]!.GetValue<string>());
        Assert.Empty(_agreement.Vouchers(2));
    }

    [Fact]
    public async Task Vouchers_ThreeDecimals_ReturnsE04740()
    {
        var body = await RejectedAsync(Voucher(amount: "10.005"));

        var error = body["errors"]![0]!["entries"]!["items"]![0]!["amount"]!["errors"]![0]!;
        Assert.Equal("E04740", error["errorCode"]!.GetValue<string>());
    }

    private static string Voucher(string amount, int account = 5520, string date = "2026-03-31", string year = "2026")
    {
        var entry = new JsonObject
        {
            ["account"] = new JsonObject { ["accountNumber"] = account },
            ["contraAccount"] = new JsonObject { ["accountNumber"] = 1355 },
            ["amount"] = JsonNode.Parse(amount),
            ["date"] = date,
            ["text"] = "Lagerværdi test",
        };
        var voucher = new JsonObject
        {
            ["accountingYear"] = new JsonObject { ["year"] = year },
            ["journal"] = new JsonObject { ["journalNumber"] = 4 },
            ["entries"] = new JsonObject { ["financeVouchers"] = new JsonArray(entry) },
        };

        return voucher.ToJsonString();
    }

    private async Task<HttpResponseMessage> PostAsync(string json, string idempotencyKey, int journalNumber = 4)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"journals/{journalNumber}/vouchers", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);

        return await _client.SendAsync(request);
    }

    private async Task<JsonNode> RejectedAsync(string json)
    {
        using var response = await PostAsync(json, Guid.NewGuid().ToString());
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Empty(_agreement.Vouchers(4));

        return JsonNode.Parse(text)!;
    }
}
