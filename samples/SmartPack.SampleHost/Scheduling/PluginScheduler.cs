using System.Collections.Concurrent;
using Economic.Plugin.Abstractions.Scheduling;
using Microsoft.Extensions.Options;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Scheduling;

/// <summary>
/// Starts every due task of every installation, then sleeps until the next one is due, a run
/// finishes, or <see cref="SchedulerOptions.MaxIdle"/> passes. All waiting goes through the injected
/// TimeProvider, so tests drive it with a fake clock.
/// </summary>
internal sealed class PluginScheduler(
    PluginCatalog catalog,
    InstallationService installations,
    TaskRunStore runStore,
    TaskRunner runner,
    IOptions<SchedulerOptions> options,
    TimeProvider timeProvider,
    ILogger<PluginScheduler> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<(string InstallationId, string TaskName), Task> _running = new();

    /// <summary>Returns a task that completes when every run started so far has finished.</summary>
    public Task WaitForRunsAsync() => Task.WhenAll(_running.Values);

    /// <summary>Starts the runs that are due now and returns when the scheduler should look again.</summary>
    public async Task<DateTimeOffset> StartDueRunsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var wakeAt = now + options.Value.MaxIdle;
        foreach (var installation in await installations.ListAsync(cancellationToken))
        {
            var plugin = catalog.Find(installation.PluginId);
            if (plugin is null)
            {
                continue;
            }

            try
            {
                var nextRun = await StartDueRunsAsync(plugin, installation.Id, now, cancellationToken);
                wakeAt = nextRun < wakeAt ? nextRun.Value : wakeAt;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One installation with broken settings must not stop the schedule of the others.
                Log.InstallationPlanningFailed(logger, exception, installation.Id);
            }
        }

        return wakeAt;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = runner.Changed;
            DateTimeOffset wakeAt;
            try
            {
                wakeAt = await StartDueRunsAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.PlanningFailed(logger, exception, options.Value.MaxIdle);
                wakeAt = timeProvider.GetUtcNow() + options.Value.MaxIdle;
            }

            await WaitAsync(wakeAt, changed, stoppingToken);
        }

        await WaitForRunsAsync();
    }

    private async Task<DateTimeOffset?> StartDueRunsAsync(LoadedPlugin plugin, string installationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var context = await installations.CreateContextAsync(installationId, cancellationToken);
        DateTimeOffset? earliest = null;
        foreach (var taskName in TaskRunner.GetTaskNames(plugin))
        {
            var key = (installationId, taskName);
            if (_running.ContainsKey(key))
            {
                continue;
            }

            var record = await runStore.GetOrCreateAsync(installationId, taskName, now, cancellationToken);
            var nextRun = runner.GetNextRun(plugin, context, record);
            if (nextRun != record.NextRunAt)
            {
                await runStore.SetNextRunAsync(installationId, taskName, nextRun, cancellationToken);
            }

            if (nextRun <= now)
            {
                StartRun(key, cancellationToken);
            }
            else if (nextRun < (earliest ?? DateTimeOffset.MaxValue))
            {
                earliest = nextRun;
            }
        }

        return earliest;
    }

    private async Task WaitAsync(DateTimeOffset wakeAt, Task changed, CancellationToken stoppingToken)
    {
        var delay = wakeAt - timeProvider.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delayTask = Task.Delay(delay, timeProvider, delayCancellation.Token);

        // The clock may have moved between reading it and creating the timer; a timer created late would fire late.
        if (timeProvider.GetUtcNow() < wakeAt)
        {
            await Task.WhenAny(delayTask, changed);
        }

        await delayCancellation.CancelAsync();
    }

    private void StartRun((string InstallationId, string TaskName) key, CancellationToken stoppingToken)
    {
        // The run waits for this signal, so it cannot finish and remove its entry before the entry is added.
        var added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[key] = RunScheduledAsync(key, added.Task, stoppingToken);
        added.SetResult();
    }

    private async Task RunScheduledAsync((string InstallationId, string TaskName) key, Task added, CancellationToken stoppingToken)
    {
        await added;
        try
        {
            await runner.RunAsync(key.InstallationId, key.TaskName, ScheduledRunTrigger.Schedule, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the run starts again on the next start.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.RunThrew(logger, exception, key.TaskName, key.InstallationId);
        }
        finally
        {
            // Plans again only after the entry is gone, or the next pass would still see the task as running.
            _running.TryRemove(key, out _);
            runner.NotifyChanged();
        }
    }
}
