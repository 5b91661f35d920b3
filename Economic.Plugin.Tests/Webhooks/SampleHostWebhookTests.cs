using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Webhooks;
using Economic.Plugin.Webhooks.Internal;
using Economic.StandIn;
using SmartPack.SampleHost.Demo;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Storage;

namespace Economic.Plugin.Tests.Webhooks;

/// <summary>e-conomic's webhooks through the sample host's route, with the built plugin and SQLite.</summary>
public sealed class SampleHostWebhookTests : IAsyncLifetime
{
    private readonly StandInOptions _standInOptions = new();
    private StandInServer _standIn = null!;
    private SampleHostServer _host = null!;

    public async Task InitializeAsync()
    {
        _standIn = await StandInServer.StartAsync(_standInOptions);
        _host = await SampleHostServer.StartAsync(_standIn, _standInOptions);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_SpecialProductNumber_ReachesWarehouseThroughHost()
    {
        var agreement = _standIn.GetAgreement(_standInOptions.DemoGrantToken);
        agreement.Webhooks.Add(new StandInWebhookSubscription { Type = StandInWebhookType.ProductUpdated, Url = _host.WebhookUrl("product-updated") });

        agreement.PutProduct(new JsonObject { ["productNumber"] = "007 A/B_c.d", ["name"] = "Særlig vare", ["barCode"] = "5701234567892" });
        await agreement.Webhooks.WhenIdleAsync();
        var outcome = await _host.RunTaskAsync(WebhookQueueTask.TaskName);

        Assert.True(outcome.Succeeded, outcome.Message);
        var delivery = Assert.Single(agreement.Webhooks.Deliveries);
        Assert.Equal(202, delivery.StatusCode);
        var product = await _host.Warehouse.GetProductAsync("007 A/B_c.d", CancellationToken.None);
        Assert.NotNull(product);
        Assert.Equal("Særlig vare", product.Name);
        Assert.Equal("5701234567892", product.Barcode);
        Assert.Contains(_standIn.Requests, request => request.PathAndQuery == "/products/007_9_A_6_B_8_c_11_d");
    }

    [Fact]
    public async Task DemoSubscriptions_ProductChange_ReachesWarehouse()
    {
        var installations = _host.Get<InstallationService>();
        var agreement = _standIn.GetAgreement(_standInOptions.DemoGrantToken);

        var added = await StandInDemoWebhooks.SubscribeAsync(_standIn, installations, SampleHostServer.InstallationId, _host.BaseUrl, CancellationToken.None);
        agreement.PutProduct(new JsonObject { ["productNumber"] = "DEMO-1", ["name"] = "Demovare" });
        await agreement.Webhooks.WhenIdleAsync();
        await _host.RunTaskAsync(WebhookQueueTask.TaskName);

        Assert.Equal(3, added);
        Assert.Equal(202, Assert.Single(agreement.Webhooks.Deliveries).StatusCode);
        Assert.Equal("Demovare", (await _host.Warehouse.GetProductAsync("DEMO-1", CancellationToken.None))?.Name);
    }

    [Fact]
    public async Task Webhook_RenumberedOrder_MovesInSqliteWithoutDuplicate()
    {
        var agreement = SubscribeToOrders();
        var order = agreement.Orders(OrderStatus.Sent)[0];
        var number = order["orderNumber"]!.GetValue<int>();
        agreement.PutOrder(OrderStatus.Sent, order);
        await agreement.Webhooks.WhenIdleAsync();
        await _host.RunTaskAsync(WebhookQueueTask.TaskName);

        agreement.RenumberOrder(OrderStatus.Sent, number, number + 100000);
        await agreement.Webhooks.WhenIdleAsync();
        var outcome = await _host.RunTaskAsync(WebhookQueueTask.TaskName);

        Assert.True(outcome.Succeeded, outcome.Message);
        var stored = Assert.Single(await _host.Warehouse.Orders.ListAsync(CancellationToken.None));
        Assert.Equal(Text(number + 100000), stored.Order.OrderNumber);
    }

    [Fact]
    public async Task Webhook_DeletedOrderBeingPicked_IsKeptWithWarning()
    {
        var agreement = SubscribeToOrders();
        var order = agreement.Orders(OrderStatus.Sent)[0];
        var number = order["orderNumber"]!.GetValue<int>();
        agreement.PutOrder(OrderStatus.Sent, order);
        await agreement.Webhooks.WhenIdleAsync();
        await _host.RunTaskAsync(WebhookQueueTask.TaskName);
        await _host.Warehouse.Orders.SetStatusAsync(Text(number), WarehouseOrderStatus.Picking, CancellationToken.None);

        agreement.RemoveOrder(OrderStatus.Sent, number);
        await agreement.Webhooks.WhenIdleAsync();
        await _host.RunTaskAsync(WebhookQueueTask.TaskName);

        var stored = await _host.Warehouse.GetOrderAsync(Text(number), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(WarehouseOrderStatus.Picking, stored.Status);
        var warnings = await _host.Get<InstallationService>().GetSyncLog(SampleHostServer.InstallationId)
            .QueryAsync(new SyncLogQuery { Area = SyncArea.Orders, Status = SyncStatus.Warning }, CancellationToken.None);
        var warning = Assert.Single(warnings, entry => entry.Reference == Text(number));
        Assert.Contains("deleted in e-conomic", warning.Message, StringComparison.Ordinal);
        Assert.Contains("warehouse work has started", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_WrongSecret_Returns401AndRecordsNothing()
    {
        using var client = new HttpClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["old"] = "A100", ["new"] = "A100" });

        using var response = await client.PostAsync(new Uri(_host.WebhookUrl("product-updated", secret: "wrong-secret")), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var state = new SqlitePluginStateStore(_host.Get<SqliteDatabase>(), SampleHostServer.InstallationId);
        Assert.Empty(await state.ListAsync(WebhookQueue.KeyPrefix, CancellationToken.None));
    }

    [Fact]
    public async Task Webhook_QueryOnGet_IsRecorded()
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri(_host.WebhookUrl("order-updated") + "?old=1042&new=1042"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var state = new SqlitePluginStateStore(_host.Get<SqliteDatabase>(), SampleHostServer.InstallationId);
        var entry = Assert.Single(await state.ListAsync(WebhookQueue.KeyPrefix, CancellationToken.None));
        Assert.Equal(WebhookQueue.KeyFor(WebhookRecordType.Order, "1042"), entry.Key);
    }

    [Fact]
    public async Task Webhook_UnknownInstallation_Returns404()
    {
        using var client = new HttpClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["old"] = "A100", ["new"] = "A100" });

        using var response = await client.PostAsync(new Uri($"{_host.BaseUrl}webhooks/no-such-shop/{_host.WebhookSecret}/product-updated"), body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WebhookUrlsPage_ShowsUrlsWithSecret()
    {
        using var client = new HttpClient();

        var html = await client.GetStringAsync(new Uri($"{_host.BaseUrl}admin/installations/{SampleHostServer.InstallationId}/webhooks"));

        Assert.Contains(WebUtility.HtmlEncode(_host.WebhookUrl("order-updated")), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(_host.WebhookUrl("order-deleted")), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(_host.WebhookUrl("product-updated")), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductsPage_ListsSyncedProducts()
    {
        await _host.RunTaskAsync("product-sync");
        using var client = new HttpClient();

        var html = await client.GetStringAsync(new Uri($"{_host.BaseUrl}admin/installations/{SampleHostServer.InstallationId}/products"));

        var first = _standIn.GetAgreement(_standInOptions.DemoGrantToken).Products()[0];
        Assert.Contains(WebUtility.HtmlEncode(first["productNumber"]!.GetValue<string>()), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(first["name"]!.GetValue<string>()), html, StringComparison.Ordinal);
    }

    private StandInAgreement SubscribeToOrders()
    {
        var agreement = _standIn.GetAgreement(_standInOptions.DemoGrantToken);
        agreement.Webhooks.Add(new StandInWebhookSubscription { Type = StandInWebhookType.OrderUpdated, Url = _host.WebhookUrl("order-updated") });
        agreement.Webhooks.Add(new StandInWebhookSubscription { Type = StandInWebhookType.OrderDeleted, Url = _host.WebhookUrl("order-deleted") });

        return agreement;
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
