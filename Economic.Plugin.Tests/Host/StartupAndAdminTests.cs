using Economic.Plugin.Abstractions.Orders;
using SmartPack.SampleHost.Admin;
using SmartPack.SampleHost.Scheduling;

namespace Economic.Plugin.Tests.Host;

public sealed class StartupAndAdminTests
{
    [Fact]
    public async Task StartupImport_EachInstallation_ReturnsCountsAndDefersSchedule()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(HostTestEnvironment.Start);
        using var source = new RecordingOrderSource(time);
        await using var environment = new HostTestEnvironment(plugin: TestPlugins.WithOrderSource(source), time: time);
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-b", CancellationToken.None);

        var outcomes = await environment.Get<StartupImport>().RunAsync(CancellationToken.None);
        await environment.Get<PluginScheduler>().StartDueRunsAsync(CancellationToken.None);
        await environment.Get<PluginScheduler>().WaitForRunsAsync();

        Assert.Equal(["shop-a", "shop-b"], outcomes.Select(outcome => outcome.InstallationId));
        Assert.All(outcomes, outcome => Assert.Equal(1, outcome.Outcome.Counts!.Inserted));
        Assert.All(outcomes, outcome => Assert.Equal(2, outcome.Outcome.Counts!.ApiCalls));
        Assert.Equal(2, source.Calls.Count);
    }

    [Fact]
    public async Task StartupImport_PluginWithoutOrderSource_SaysSo()
    {
        await using var environment = new HostTestEnvironment(plugin: TestPlugins.WithServices(_ => { }));
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);

        var outcome = Assert.Single(await environment.Get<StartupImport>().RunAsync(CancellationToken.None));

        Assert.False(outcome.Outcome.Succeeded);
        Assert.Equal("Plugin 'Test' registers no order source, so no orders were imported.", outcome.Outcome.Message);
    }

    [Fact]
    public async Task AdminPage_ImportedOrder_ListsInstallationAndOrder()
    {
        await using var environment = new HostTestEnvironment(plugin: TestPlugins.WithServices(_ => { }));
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);
        await environment.Installations.GetWarehouse("shop-a").UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);
        await environment.Installations.GetWarehouse("shop-a").Orders.SetStatusAsync("1042", WarehouseOrderStatus.Picking, CancellationToken.None);

        var html = await environment.Get<AdminPageRenderer>().RenderAsync(CancellationToken.None);

        Assert.Contains("<h2>Installation shop-a (Test)</h2>", html);
        Assert.Contains("<td>1042</td><td>Picking</td><td>Jens Hansen</td><td>1</td>", html);
    }
}
