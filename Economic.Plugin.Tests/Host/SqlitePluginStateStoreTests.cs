using SmartPack.SampleHost.Storage;

namespace Economic.Plugin.Tests.Host;

public sealed class SqlitePluginStateStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteDatabase _database;

    public SqlitePluginStateStoreTests() => _database = new SqliteDatabase(_folder.Combine("data", "smartpack.db"));

    [Fact]
    public async Task TryAdd_ConcurrentCalls_ExactlyOneWins()
    {
        var stores = Enumerable.Range(0, 8).Select(_ => new SqlitePluginStateStore(_database, "shop-a")).ToList();

        var results = await Task.WhenAll(stores.Select((store, index) =>
            Task.Run(() => store.TryAddAsync("invoice:1042", $"host-{index}", CancellationToken.None))));

        Assert.Equal(1, results.Count(added => added));
        var winner = Array.IndexOf(results, true);
        Assert.Equal($"host-{winner}", await stores[0].GetAsync("invoice:1042", CancellationToken.None));
    }

    [Fact]
    public async Task TryUpdate_ConcurrentCallsFromSameValue_ExactlyOneWins()
    {
        var store = new SqlitePluginStateStore(_database, "shop-a");
        await store.SetAsync("checkpoint", "v1", CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(index =>
            Task.Run(() => store.TryUpdateAsync("checkpoint", "v1", $"v2-{index}", CancellationToken.None))));

        Assert.Equal(1, results.Count(updated => updated));
        Assert.Equal($"v2-{Array.IndexOf(results, true)}", await store.GetAsync("checkpoint", CancellationToken.None));
    }

    [Fact]
    public async Task TryUpdate_StaleExpectedValue_LeavesValue()
    {
        var store = new SqlitePluginStateStore(_database, "shop-a");
        await store.SetAsync("checkpoint", "v2", CancellationToken.None);

        var updated = await store.TryUpdateAsync("checkpoint", "v1", "v3", CancellationToken.None);
        var missing = await store.TryUpdateAsync("nothing", "v1", "v3", CancellationToken.None);

        Assert.False(updated);
        Assert.False(missing);
        Assert.Equal("v2", await store.GetAsync("checkpoint", CancellationToken.None));
    }

    [Fact]
    public async Task List_Prefix_OrdinalMatchOrderedByKey()
    {
        var store = new SqlitePluginStateStore(_database, "shop-a");
        await store.SetAsync("webhook:2", "b", CancellationToken.None);
        await store.SetAsync("webhook:1", "a", CancellationToken.None);
        await store.SetAsync("Webhook:3", "c", CancellationToken.None);
        await store.SetAsync("webhook_4", "d", CancellationToken.None);

        var entries = await store.ListAsync("webhook:", CancellationToken.None);

        Assert.Equal(["webhook:1", "webhook:2"], entries.Select(entry => entry.Key));
    }

    [Fact]
    public async Task Remove_ExistingKey_GetReturnsNull()
    {
        var store = new SqlitePluginStateStore(_database, "shop-a");
        await store.SetAsync("checkpoint", "v1", CancellationToken.None);

        await store.RemoveAsync("checkpoint", CancellationToken.None);

        Assert.Null(await store.GetAsync("checkpoint", CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();
}
