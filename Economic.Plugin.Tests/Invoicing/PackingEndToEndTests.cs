using System.Net;
using System.Net.Http.Json;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Tests.Host;
using Economic.StandIn;
using SmartPack.SampleHost.Packing;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class PackingEndToEndTests
{
    internal const string GrantToken = "grant-e2e-51d0";
    internal const string AppSecretToken = "app-secret-e2e-0c93";

    [Fact]
    public async Task PackedEndpoint_HalfPackedSampleOrder_CreatesHalfDraftThroughQueue()
    {
        await using var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecretToken, SeedDemoAgreement = false });
        var agreement = standIn.AddAgreement(GrantToken, 9100002, "Lager E2E ApS");
        InvoicingStandIn.PutSampleOrder(agreement);
        await using var host = await StartHostAsync(standIn.BaseUrl);
        await using var api = await PackingApi.StartAsync(host.Get<PackingService>());

        using var response = await api.Client.PostAsJsonAsync(
            "/api/orders/shop-a/35071/packed",
            new { lines = new[] { new { lineNumber = 1, packedQuantity = 0.5m } } });
        await host.Get<PackedEventDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var line = Assert.Single(Assert.Single(agreement.DraftInvoices())["lines"]!.AsArray())!;
        Assert.Equal(0.5m, (decimal)line["quantity"]!);
        var queued = Assert.Single(await host.Get<PackingService>().ListAsync("shop-a", CancellationToken.None));
        Assert.Equal(PackedEventStatus.Completed, queued.Status);
        Assert.Contains("Invoice draft 1", queued.LastMessage, StringComparison.Ordinal);
        var stored = await host.Installations.GetWarehouse("shop-a").GetOrderAsync("35071", CancellationToken.None);
        Assert.Equal(WarehouseOrderStatus.Packed, stored?.Status);
    }

    [Fact]
    public async Task PackedEndpoint_UnknownOrder_ReturnsNotFound()
    {
        await using var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecretToken, SeedDemoAgreement = false });
        await using var host = await StartHostAsync(standIn.BaseUrl);
        await using var api = await PackingApi.StartAsync(host.Get<PackingService>());

        using var response = await api.Client.PostAsync("/api/orders/shop-a/999/packed", content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await host.Get<PackingService>().ListAsync("shop-a", CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task PackedEndpoint_MissingOrWrongApiKey_Returns401AndQueuesNothing(string? apiKey)
    {
        await using var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecretToken, SeedDemoAgreement = false });
        InvoicingStandIn.PutSampleOrder(standIn.AddAgreement(GrantToken, 9100003, "Lager E2E ApS"));
        await using var host = await StartHostAsync(standIn.BaseUrl);
        await using var api = await PackingApi.StartAsync(host.Get<PackingService>());
        api.Client.DefaultRequestHeaders.Remove(WarehouseApiKeyFilter.HeaderName);
        if (apiKey is not null)
        {
            api.Client.DefaultRequestHeaders.Add(WarehouseApiKeyFilter.HeaderName, apiKey);
        }

        using var response = await api.Client.PostAsync("/api/orders/shop-a/35071/packed", content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.Get<PackingService>().ListAsync("shop-a", CancellationToken.None));
    }

    internal static async Task<HostTestEnvironment> StartHostAsync(Uri standInUrl)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Plugins:Economic:AppSecretToken"] = AppSecretToken,
            ["Plugins:Economic:ApiBaseUrl"] = standInUrl.ToString(),
        };
        var host = new HostTestEnvironment(pluginsFolder: Path.GetDirectoryName(BuiltPlugin.Folder), settings: configuration);
        await host.Installations.InstallAsync("Economic", "shop-a", CancellationToken.None);
        await host.Installations.SaveSettingsAsync(
            "shop-a",
            new Dictionary<string, string?> { ["grantToken"] = GrantToken, ["createInvoiceDraftWhenPacked"] = "true" },
            CancellationToken.None);
        await host.Installations.GetWarehouse("shop-a").UpsertOrderAsync(SampleWarehouseOrder(), CancellationToken.None);

        return host;
    }

    private static WarehouseOrder SampleWarehouseOrder() => TestOrders.Create("35071") with
    {
        Lines = [new OrderLine { LineNumber = 1, Sku = "1", Quantity = 1m, UnitPrice = 1000m }],
    };
}
