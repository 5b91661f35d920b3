using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Tests.EconomicApi;
using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin.Tests.Orders;

public sealed class EconomicOrderSourceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private ScriptedEconomicServer _server = null!;
    private FakeEconomicOrders _economic = null!;

    public async Task InitializeAsync()
    {
        _server = await ScriptedEconomicServer.StartAsync();
        _economic = new FakeEconomicOrders(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Import_NewSentOrders_AreInserted()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1043, 401, Noon.AddMinutes(1), sku: "00123"));
        using var plugin = new TestPlugin(_server.BaseUrl);

        var result = await ImportAsync(plugin);

        Assert.Equal(new ImportResult { Inserted = 2, ApiCalls = 4 }, result);
        Assert.Equal(4, _server.Requests.Count);
        Assert.Single(_server.Requests, request => request.Path == "/customers/401");
        var order = plugin.Warehouse.Orders["1043"].Order;
        Assert.Equal("sent", order.SourceStatus);
        Assert.Equal("00123", Assert.Single(order.Lines).Sku);
        Assert.Equal("DK", order.Customer.Address.CountryCode);
        Assert.Equal(Noon.AddMinutes(1), order.SourceLastUpdated);
        var summary = Assert.Single(plugin.SyncLog.Entries);
        Assert.Equal(SyncStatus.Information, summary.Status);
        Assert.Equal("Order import finished: 2 inserted, 0 updated, 0 skipped, 0 failed, 4 e-conomic requests.", summary.Message);
    }

    [Fact]
    public async Task Import_IdlePoll_CostsOneCallPerStatus()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        _economic.PutOrder("drafts", FakeEconomicOrders.Order(1041, 401, Noon.AddMinutes(-3)));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        using var plugin = new TestPlugin(_server.BaseUrl, new Dictionary<string, string?> { ["importDraftOrders"] = "true" });
        await ImportAsync(plugin);
        var state = plugin.State.Values.ToDictionary();
        var upserts = plugin.Warehouse.UpsertCalls;
        _server.ClearRequests();

        var result = await ImportAsync(plugin);

        Assert.Equal(new ImportResult { ApiCalls = 2 }, result);
        Assert.Equal(["/orders/drafts", "/orders/sent"], _server.Requests.Select(request => request.Path));
        Assert.Equal("lastUpdated$gte:2026-03-02T11:47:00Z", _server.Requests[0].Query["filter"]);
        Assert.Equal("lastUpdated$gte:2026-03-02T11:50:00Z", _server.Requests[1].Query["filter"]);
        Assert.Equal(upserts, plugin.Warehouse.UpsertCalls);
        Assert.Equal(state, plugin.State.Values.ToDictionary());
    }

    [Fact]
    public async Task Import_ChangedOrder_IsReadAgainAndUpdated()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1043, 401, Noon));
        using var plugin = new TestPlugin(_server.BaseUrl);
        await ImportAsync(plugin);
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon.AddMinutes(2), quantity: 5m));
        _server.ClearRequests();

        var result = await ImportAsync(plugin);

        Assert.Equal(new ImportResult { Updated = 1, ApiCalls = 3 }, result);
        Assert.Equal(["/orders/sent", "/orders/sent/1042", "/customers/401"], _server.Requests.Select(request => request.Path));
        Assert.Equal(5m, Assert.Single(plugin.Warehouse.Orders["1042"].Order.Lines).Quantity);
    }

    [Fact]
    public async Task Import_PickedOrderChanged_IsSkipped()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        using var plugin = new TestPlugin(_server.BaseUrl);
        await ImportAsync(plugin);
        plugin.Warehouse.SetStatus("1042", WarehouseOrderStatus.Picking);
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon.AddMinutes(2), quantity: 5m));

        var result = await ImportAsync(plugin);

        Assert.Equal(1, result.Skipped);
        Assert.Equal(0, result.Updated);
        Assert.Equal(1m, Assert.Single(plugin.Warehouse.Orders["1042"].Order.Lines).Quantity);
        var warning = Assert.Single(plugin.SyncLog.Entries, entry => entry.Status == SyncStatus.Warning);
        Assert.Equal("1042", warning.Reference);
        Assert.Equal(SyncArea.Orders, warning.Area);
        Assert.Contains("Order 1042 changed in e-conomic, but the change was not applied because warehouse work has started on it (warehouse status Picking)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CustomerNotFound_RetriesOrderLater()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1041, 77, Noon.AddHours(-2)));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        using var plugin = new TestPlugin(_server.BaseUrl);

        var first = await ImportAsync(plugin);

        Assert.Equal(1, first.Inserted);
        Assert.Equal(1, first.Failed);
        Assert.Null(first.Error);
        var error = Assert.Single(plugin.SyncLog.Entries, entry => entry.Status == SyncStatus.Error);
        Assert.Equal("1041", error.Reference);
        Assert.Equal(404, error.HttpStatus);
        Assert.Equal("test-404-log", error.LogId);
        Assert.Equal("Resource not found.", error.ErrorDetail);
        Assert.Contains("Order 1041 was not imported and is read again on the next run", error.Message, StringComparison.Ordinal);
        Assert.Contains("/customers/77", error.Message, StringComparison.Ordinal);

        _economic.PutCustomer(FakeEconomicOrders.Customer(77));
        _server.ClearRequests();
        var second = await ImportAsync(plugin);

        Assert.Equal(new ImportResult { Inserted = 1, ApiCalls = 3 }, second);
        Assert.Equal("lastUpdated$gte:2026-03-02T09:50:00Z", _server.Requests[0].Query["filter"]);
        Assert.True(plugin.Warehouse.Orders.ContainsKey("1041"));
    }

    [Fact]
    public async Task Import_GrantTokenRejected_StopsRun()
    {
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        _economic.FailEverythingWith = 401;
        using var plugin = new TestPlugin(_server.BaseUrl, new Dictionary<string, string?> { ["importDraftOrders"] = "true" });

        var result = await ImportAsync(plugin);

        Assert.NotNull(result.Error);
        Assert.Contains("grant token", result.Error, StringComparison.Ordinal);
        Assert.Contains("generate a new grant token in e-conomic", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, result.ApiCalls);
        var entry = Assert.Single(plugin.SyncLog.Entries);
        Assert.Equal(SyncArea.Connection, entry.Area);
        Assert.Equal(SyncStatus.Error, entry.Status);
        Assert.Equal(401, entry.HttpStatus);
        Assert.Empty(plugin.State.Values);
        AssertNoToken(plugin, result);
    }

    [Fact]
    public async Task Import_ForbiddenCustomer_StopsRun()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        _server.Enqueue("GET", "/customers/401", ScriptedResponse.Error(403));
        using var plugin = new TestPlugin(_server.BaseUrl);

        var result = await ImportAsync(plugin);

        Assert.Contains("lacks access", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.Failed);
        Assert.Equal(SyncArea.Connection, Assert.Single(plugin.SyncLog.Entries).Area);
        Assert.Empty(plugin.State.Values);
        AssertNoToken(plugin, result);
    }

    [Fact]
    public async Task Import_MissingGrantToken_StopsWithoutRequests()
    {
        using var plugin = new TestPlugin(_server.BaseUrl, new Dictionary<string, string?> { ["grantToken"] = null });

        var result = await ImportAsync(plugin);

        Assert.Contains("'grantToken'", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.ApiCalls);
        Assert.Empty(_server.Requests);
        Assert.Equal(SyncArea.Connection, Assert.Single(plugin.SyncLog.Entries).Area);
    }

    [Fact]
    public async Task Import_DefaultSettings_ReadSentOrdersOnly()
    {
        using var plugin = new TestPlugin(_server.BaseUrl);

        await ImportAsync(plugin);

        Assert.Equal(["/orders/sent"], _server.Requests.Select(request => request.Path));
    }

    [Fact]
    public async Task Import_ArchivedOrders_SkipKnownNumbers()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        var archived = FakeEconomicOrders.Order(1042, 401, Noon);
        archived.Remove("lastUpdated");
        _economic.PutOrder("archived", archived);
        var settings = new Dictionary<string, string?> { ["importSentOrders"] = "false", ["importArchivedOrders"] = "true" };
        using var plugin = new TestPlugin(_server.BaseUrl, settings);
        var first = await ImportAsync(plugin);
        _server.ClearRequests();

        var second = await ImportAsync(plugin);

        Assert.Equal(1, first.Inserted);
        Assert.Equal("archived", plugin.Warehouse.Orders["1042"].Order.SourceStatus);
        Assert.Equal(new ImportResult { ApiCalls = 1 }, second);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/orders/archived", request.Path);
        Assert.False(request.Query.ContainsKey("filter"));
    }

    [Fact]
    public async Task Import_FullMode_IgnoresCheckpoint()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        using var plugin = new TestPlugin(_server.BaseUrl);
        await ImportAsync(plugin);
        _server.ClearRequests();

        var result = await ImportAsync(plugin, ImportMode.Full);

        Assert.Equal(new ImportResult { Skipped = 1, ApiCalls = 3 }, result);
        Assert.False(_server.Requests[0].Query.ContainsKey("filter"));
    }

    [Fact]
    public async Task Import_UnknownCountry_WarnsWithValue()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401, country: "Atlantis"));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1043, 401, Noon));
        using var plugin = new TestPlugin(_server.BaseUrl);

        var result = await ImportAsync(plugin);

        Assert.Equal(2, result.Inserted);
        var warning = Assert.Single(plugin.SyncLog.Entries, entry => entry.Status == SyncStatus.Warning);
        Assert.Contains("'Atlantis'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("1042", warning.Reference);
        Assert.Null(plugin.Warehouse.Orders["1042"].Order.Customer.Address.CountryCode);
        Assert.Equal("Atlantis", plugin.Warehouse.Orders["1042"].Order.Customer.Address.CountryName);
    }

    [Fact]
    public async Task Import_CollectionServerError_KeepsCheckpoint()
    {
        _economic.PutCustomer(FakeEconomicOrders.Customer(401));
        _economic.PutOrder("sent", FakeEconomicOrders.Order(1042, 401, Noon));
        using var plugin = new TestPlugin(_server.BaseUrl, configure: options => options.MaxRetryAttempts = 1);
        await ImportAsync(plugin);
        var checkpoint = plugin.State.Values.ToDictionary();
        _server.Enqueue("GET", "/orders/sent", ScriptedResponse.Error(500), ScriptedResponse.Error(500));

        var result = await ImportAsync(plugin);

        Assert.Contains("Reading the sent orders from e-conomic failed", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.ApiCalls);
        Assert.Equal(checkpoint, plugin.State.Values.ToDictionary());
        Assert.Contains(plugin.SyncLog.Entries, entry => entry.Status == SyncStatus.Error && entry.LogId == "test-500-log");
    }

    private static Task<ImportResult> ImportAsync(TestPlugin plugin, ImportMode mode = ImportMode.Incremental) =>
        plugin.Services.GetRequiredService<IOrderSource>().ImportOrdersAsync(plugin.Installation, mode, CancellationToken.None);

    private static void AssertNoToken(TestPlugin plugin, ImportResult result)
    {
        var texts = plugin.AllLogText()
            .Concat(plugin.SyncLog.Entries.SelectMany(entry => new[] { entry.Message, entry.ErrorDetail ?? string.Empty }))
            .Append(result.Error ?? string.Empty)
            .ToList();

        Assert.All(texts, text => Assert.DoesNotContain(TestPlugin.GrantToken, text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(TestPlugin.AppSecretToken, text, StringComparison.Ordinal));
    }
}
