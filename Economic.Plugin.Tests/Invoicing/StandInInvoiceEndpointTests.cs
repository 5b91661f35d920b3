using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Economic.StandIn;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class StandInInvoiceEndpointTests
{
    private const string GrantToken = "grant-endpoints-1a2b";
    private const string AppSecretToken = "app-secret-endpoints-3c4d";

    [Fact]
    public async Task PostDraft_SameIdempotencyKey_ReplaysFirstResponse()
    {
        await using var standIn = await StartAsync();
        using var client = Client(standIn);

        using var first = await PostAsync(client, ValidDraft(), "key-1");
        using var second = await PostAsync(client, ValidDraft(), "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(first.Headers.Contains("X-ResultFromCache"));
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("X-ResultFromCache")));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Single(standIn.GetAgreement(GrantToken).DraftInvoices());
    }

    [Fact]
    public async Task PostDraft_NullMember_RejectsWithTypeError()
    {
        await using var standIn = await StartAsync();
        using var client = Client(standIn);
        var draft = ValidDraft();
        draft["notes"] = new JsonObject { ["heading"] = null };

        using var response = await PostAsync(client, draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Expected String but got Null", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDraft_ZeroIdAndDefaultDueDate_RejectsBoth()
    {
        await using var standIn = await StartAsync();
        using var client = Client(standIn);
        var draft = ValidDraft();
        draft["layout"] = new JsonObject { ["layoutNumber"] = 0 };
        draft["dueDate"] = "0001-01-01";

        using var response = await PostAsync(client, draft);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body["errors"]!["layout"]!["layoutNumber"]);
        Assert.NotNull(body["errors"]!["dueDate"]);
    }

    [Fact]
    public async Task PostDraft_ThreeDecimalPrice_RejectsWithE04740()
    {
        await using var standIn = await StartAsync();
        using var client = Client(standIn);
        var draft = ValidDraft();
        draft["lines"]![0]!["unitNetPrice"] = 19.995m;

        using var response = await PostAsync(client, draft);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("E04740", (string)body["errors"]!["lines"]![0]!["unitNetPrice"]!["errors"]![0]!["errorCode"]!);
        Assert.Equal(0, (int)body["errors"]!["lines"]![0]!["arrayIndex"]!);
    }

    [Fact]
    public async Task PostDraft_QuantityWithoutProduct_RejectsWithE04500()
    {
        await using var standIn = await StartAsync();
        using var client = Client(standIn);
        var draft = ValidDraft();
        draft["lines"]!.AsArray().Add(new JsonObject { ["lineNumber"] = 2, ["description"] = "Fragt", ["quantity"] = 1m });

        using var response = await PostAsync(client, draft);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("E04500", (string)body["errors"]!["lines"]![0]!["product"]!["errors"]![0]!["errorCode"]!);
        Assert.Equal(1, (int)body["errors"]!["lines"]![0]!["arrayIndex"]!);
    }

    [Theory]
    [InlineData(1, 1100)]
    [InlineData(2, 880)]
    [InlineData(3, 880)]
    [InlineData(4, 880)]
    public async Task PostDraft_VatZone_AddsVatInZoneOneOnly(int vatZone, int grossAmount)
    {
        await using var standIn = await StartAsync();
        using var client = Client(standIn);
        var draft = ValidDraft();
        draft["recipient"]!["vatZone"] = new JsonObject { ["vatZoneNumber"] = vatZone };

        using var response = await PostAsync(client, draft);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(880m, (decimal)body["netAmount"]!);
        Assert.Equal(grossAmount, (decimal)body["grossAmount"]!);
    }

    [Fact]
    public async Task GetDrafts_FilterOnReference_ReturnsOnlyMatch()
    {
        await using var standIn = await StartAsync();
        using var client = Client(standIn);
        using var created = await PostAsync(client, ValidDraft());

        var match = JsonNode.Parse(await client.GetStringAsync("invoices/drafts?filter=references.other$eq:WMS-35071"))!;
        var none = JsonNode.Parse(await client.GetStringAsync("invoices/drafts?filter=references.other$eq:WMS-1"))!;

        Assert.Equal(1, (int)Assert.Single(match["collection"]!.AsArray())!["draftInvoiceNumber"]!);
        Assert.Empty(none["collection"]!.AsArray());
    }

    [Fact]
    public async Task GetUpgradeTemplate_SentOrder_ReturnsWritableDraft()
    {
        await using var standIn = await StartAsync();
        using var client = Client(standIn);

        var template = JsonNode.Parse(await client.GetStringAsync("orders/sent/35071/templates/upgrade-instructions/draftInvoice"))!;

        Assert.Equal(1000, (int)template["customer"]!["customerNumber"]!);
        Assert.Equal(1000m, (decimal)template["lines"]![0]!["unitNetPrice"]!);
        Assert.Null(template["orderNumber"]);
        Assert.Null(template["netAmount"]);
    }

    private static async Task<StandInServer> StartAsync()
    {
        var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecretToken, SeedDemoAgreement = false });
        InvoicingStandIn.PutSampleOrder(standIn.AddAgreement(GrantToken, 9100003, "Endpoint Test ApS"));

        return standIn;
    }

    private static HttpClient Client(StandInServer standIn)
    {
        var client = new HttpClient { BaseAddress = standIn.BaseUrl };
        client.DefaultRequestHeaders.Add("X-AppSecretToken", AppSecretToken);
        client.DefaultRequestHeaders.Add("X-AgreementGrantToken", GrantToken);

        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject draft, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "invoices/drafts")
        {
            Content = new StringContent(draft.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    private static JsonObject ValidDraft() => new()
    {
        ["date"] = "2026-03-02",
        ["currency"] = "DKK",
        ["customer"] = new JsonObject { ["customerNumber"] = 1000 },
        ["layout"] = new JsonObject { ["layoutNumber"] = 19 },
        ["paymentTerms"] = new JsonObject { ["paymentTermsNumber"] = 5 },
        ["recipient"] = new JsonObject { ["name"] = "Møbelfabrikken A/S", ["vatZone"] = new JsonObject { ["vatZoneNumber"] = 1 } },
        ["references"] = new JsonObject { ["other"] = "WMS-35071" },
        ["lines"] = new JsonArray(new JsonObject
        {
            ["lineNumber"] = 1,
            ["description"] = "Product 1",
            ["product"] = new JsonObject { ["productNumber"] = "1" },
            ["quantity"] = 1m,
            ["unitNetPrice"] = 1000m,
            ["discountPercentage"] = 12m,
        }),
    };
}
