using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SmartPack.SampleHost.Scheduling;

namespace Economic.Plugin.Tests.Host;

public sealed class PluginSchedulerTests
{
    [Fact]
    public async Task StartDueRuns_FirstPassThenFiveMinutes_ImportsAtStartAndAfterInterval()
    {
        var (environment, source) = await CreateAsync(blockUntilReleased: false);
        await using var _ = environment;
        var scheduler = environment.Get<PluginScheduler>();

        await RunPassAsync(scheduler);
        environment.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        await RunPassAsync(scheduler);
        var callsBeforeInterval = source.Calls.Count;
        environment.Time.Advance(TimeSpan.FromSeconds(1));
        await RunPassAsync(scheduler);

        Assert.Equal(1, callsBeforeInterval);
        Assert.Equal(
            [HostTestEnvironment.Start, HostTestEnvironment.Start.AddMinutes(5)],
            source.Calls.Select(call => call.Time));
    }

    [Fact]
    public async Task ExecuteAsync_ClockAdvancedFiveMinutes_RunsImportAgain()
    {
        var (environment, source) = await CreateAsync(blockUntilReleased: false);
        await using var _ = environment;
        var scheduler = environment.Get<PluginScheduler>();

        await scheduler.StartAsync(CancellationToken.None);
        await source.WaitForCallAsync();
        environment.Time.Advance(TimeSpan.FromMinutes(5));
        await source.WaitForCallAsync();
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(HostTestEnvironment.Start.AddMinutes(5), source.Calls[1].Time);
    }

    [Fact]
    public async Task RunNow_WhileScheduledRunBlocks_WaitsAndNeverOverlaps()
    {
        var (environment, source) = await CreateAsync(blockUntilReleased: true);
        await using var _ = environment;
        var scheduler = environment.Get<PluginScheduler>();
        var runner = environment.Get<TaskRunner>();

        await scheduler.StartDueRunsAsync(CancellationToken.None);
        await source.WaitForCallAsync();
        var manual = runner.RunNowAsync("shop-a", TaskNames.OrderImport, CancellationToken.None);
        // Gives a manual run that ignored the gate time to enter the source, which the max-concurrency assert would catch.
        await Task.Delay(200);
        var manualFinishedEarly = manual.IsCompleted;
        var callsWhileBlocked = source.Calls.Count;
        source.ReleaseOne();
        await source.WaitForCallAsync();
        source.ReleaseOne();
        var outcome = await manual;
        await scheduler.WaitForRunsAsync();

        Assert.False(manualFinishedEarly);
        Assert.Equal(1, callsWhileBlocked);
        Assert.Equal(2, source.Calls.Count);
        Assert.Equal(1, source.MaxConcurrentCalls);
        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task RunNow_UnknownTask_ListsTaskNames()
    {
        var (environment, _) = await CreateAsync(blockUntilReleased: false);
        await using var __ = environment;

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => environment.Get<TaskRunner>().RunNowAsync("shop-a", "stock-value", CancellationToken.None));

        Assert.Equal("Plugin 'Test' has no task 'stock-value'. Use one of: order-import.", exception.Message);
    }

    [Fact]
    public async Task RunAsync_ImportCounts_StoredAndLoggedAtInformation()
    {
        var (environment, _) = await CreateAsync(blockUntilReleased: false);
        await using var __ = environment;

        await environment.Get<TaskRunner>().RunAsync("shop-a", TaskNames.OrderImport, ScheduledRunTrigger.Manual, CancellationToken.None);

        var record = Assert.Single(await environment.Get<TaskRunStore>().ListAsync("shop-a", CancellationToken.None));
        Assert.Equal(HostTestEnvironment.Start, record.LastRunAt);
        Assert.Equal(HostTestEnvironment.Start.AddMinutes(5), record.NextRunAt);
        Assert.True(record.LastSucceeded);
        Assert.Equal("1 orders inserted, 0 updated, 0 skipped, 0 failed, 2 API calls.", record.LastResult);
        Assert.Contains(environment.Logs.GetSnapshot(), log =>
            log.Message == "order-import for installation shop-a: 1 inserted, 0 updated, 0 skipped, 0 failed, 2 API calls."
            && log.Level == LogLevel.Information);
    }

    [Fact]
    public async Task RunNow_ScopedOrderSource_ResolvedPerRun()
    {
        using var source = new RecordingOrderSource(TimeProvider.System);
        var plugin = TestPlugins.WithServices(services => services.AddScoped<IOrderSource>(_ => source));
        await using var environment = new HostTestEnvironment(plugin: plugin);
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);

        var outcome = await environment.Get<TaskRunner>().RunNowAsync("shop-a", TaskNames.OrderImport, CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Single(source.Calls);
    }

    [Fact]
    public async Task StartDueRuns_PluginTask_RunsAtItsNextRunTime()
    {
        var time = new FakeTimeProvider(HostTestEnvironment.Start);
        using var source = new RecordingOrderSource(time);
        var task = new RecordingScheduledTask(time);
        var plugin = TestPlugins.WithServices(services => services.AddSingleton<IOrderSource>(source).AddSingleton<IScheduledTask>(task));
        await using var environment = new HostTestEnvironment(plugin: plugin, time: time);
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);
        var scheduler = environment.Get<PluginScheduler>();

        await RunPassAsync(scheduler);
        var runsAtStart = task.Runs.Count;
        time.Advance(TimeSpan.FromHours(1));
        await RunPassAsync(scheduler);

        Assert.Equal(0, runsAtStart);
        Assert.Equal([(HostTestEnvironment.Start.AddHours(1), ScheduledRunTrigger.Schedule)], task.Runs);
    }

    [Fact]
    public async Task StartDueRuns_OneInstallationFails_OthersStillRun()
    {
        var time = new FakeTimeProvider(HostTestEnvironment.Start);
        using var source = new RecordingOrderSource(time);
        var task = new RecordingScheduledTask(time);
        var plugin = TestPlugins.WithServices(services => services.AddSingleton<IOrderSource>(source).AddSingleton<IScheduledTask>(task));
        await using var environment = new HostTestEnvironment(plugin: plugin, time: time);
        await environment.Installations.InstallAsync(TestPlugins.Id, "broken", CancellationToken.None);
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-b", CancellationToken.None);

        await RunPassAsync(environment.Get<PluginScheduler>());

        Assert.Contains(source.Calls, call => call.InstallationId == "shop-b");
        Assert.Contains(environment.Logs.GetSnapshot(), log =>
            log.Id.Id == 1306 && log.Message.Contains("installation broken", StringComparison.Ordinal));
    }

    private static async Task RunPassAsync(PluginScheduler scheduler)
    {
        await scheduler.StartDueRunsAsync(CancellationToken.None);
        await scheduler.WaitForRunsAsync();
    }

    private static async Task<(HostTestEnvironment Environment, RecordingOrderSource Source)> CreateAsync(bool blockUntilReleased)
    {
        var time = new FakeTimeProvider(HostTestEnvironment.Start);
        var source = new RecordingOrderSource(time, blockUntilReleased);
        var environment = new HostTestEnvironment(plugin: TestPlugins.WithOrderSource(source), time: time);
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);

        return (environment, source);
    }
}
