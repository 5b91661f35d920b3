using System.Collections.Concurrent;
using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.Scheduling;
using Microsoft.Extensions.Options;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Scheduling;

/// <summary>
/// Runs one task of one installation and records the run. A gate per (installation, task) makes a
/// manual run wait for a scheduled one of the same task, and the other way round.
/// </summary>
internal sealed class TaskRunner(
    PluginCatalog catalog,
    InstallationService installations,
    TaskRunStore runStore,
    IOptions<SchedulerOptions> options,
    TimeProvider timeProvider,
    ILogger<TaskRunner> logger)
{
    private readonly ConcurrentDictionary<(string InstallationId, string TaskName), SemaphoreSlim> _gates = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next run finishes; the scheduler waits on it to re-plan.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    /// <summary>Returns the tasks the plugin offers: order import and product sync where registered, then its own scheduled tasks.</summary>
    public static IReadOnlyList<string> GetTaskNames(LoadedPlugin plugin)
    {
        var names = new List<string>();
        if (plugin.HasService<IOrderSource>())
        {
            names.Add(TaskNames.OrderImport);
        }

        if (plugin.HasService<IProductSource>())
        {
            names.Add(TaskNames.ProductSync);
        }

        using var scope = plugin.CreateScope();
        names.AddRange(scope.ServiceProvider.GetServices<IScheduledTask>().Select(task => task.Name));
        return names;
    }

    /// <summary>Runs a task now, as the admin's "sync now" does. Waits while a run of the same task is in progress.</summary>
    public Task<TaskRunOutcome> RunNowAsync(string installationId, string taskName, CancellationToken cancellationToken) =>
        RunAsync(installationId, taskName, ScheduledRunTrigger.Manual, cancellationToken);

    /// <exception cref="InvalidOperationException">The installation does not exist, its plugin is not loaded, or the plugin has no such task.</exception>
    public async Task<TaskRunOutcome> RunAsync(string installationId, string taskName, ScheduledRunTrigger trigger, CancellationToken cancellationToken)
    {
        var installation = await installations.FindAsync(installationId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no installation with id '{installationId}'.");
        var plugin = catalog.Get(installation.PluginId);
        var names = GetTaskNames(plugin);
        if (!names.Contains(taskName, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"Plugin '{plugin.Id}' has no task '{taskName}'. Use one of: {string.Join(", ", names)}.");
        }

        var gate = _gates.GetOrAdd((installationId, taskName), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RunGatedAsync(plugin, installationId, taskName, trigger, cancellationToken);
        }
        finally
        {
            gate.Release();
            NotifyChanged();
        }
    }

    /// <summary>Completes <see cref="Changed"/>, so the scheduler plans again.</summary>
    public void NotifyChanged() =>
        Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>
    /// Returns when a task should run next: an interval after its last run for the imports, and the
    /// task's own schedule for a plugin task. An import that never ran is due at once.
    /// </summary>
    public DateTimeOffset? GetNextRun(LoadedPlugin plugin, InstallationContext context, TaskRunRecord record) => record.TaskName switch
    {
        TaskNames.OrderImport => record.LastRunAt + options.Value.OrderImportInterval ?? record.FirstSeenAt,
        TaskNames.ProductSync => record.LastRunAt + options.Value.ProductSyncInterval ?? record.FirstSeenAt,
        _ => GetPluginTaskNextRun(plugin, context, record),
    };

    private static DateTimeOffset? GetPluginTaskNextRun(LoadedPlugin plugin, InstallationContext context, TaskRunRecord record)
    {
        using var scope = plugin.CreateScope();
        return FindTask(scope.ServiceProvider, record.TaskName)?.GetNextRun(context, record.LastRunAt ?? record.FirstSeenAt);
    }

    private async Task<TaskRunOutcome> RunGatedAsync(
        LoadedPlugin plugin, string installationId, string taskName, ScheduledRunTrigger trigger, CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow();
        var context = await installations.CreateContextAsync(installationId, cancellationToken);
        Log.RunStarting(logger, taskName, installationId, trigger);

        var outcome = await InvokeAsync(plugin, context, taskName, trigger, cancellationToken);

        var record = await runStore.GetOrCreateAsync(installationId, taskName, startedAt, cancellationToken);
        var nextRun = TryGetNextRun(plugin, context, record with { LastRunAt = startedAt });
        await runStore.SaveRunAsync(installationId, taskName, startedAt, outcome, nextRun, cancellationToken);
        LogOutcome(taskName, installationId, outcome);

        return outcome;
    }

    private DateTimeOffset? TryGetNextRun(LoadedPlugin plugin, InstallationContext context, TaskRunRecord record)
    {
        try
        {
            return GetNextRun(plugin, context, record);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The run itself is recorded; the scheduler computes the next run again on its next pass.
            Log.NextRunFailed(logger, exception, record.TaskName, record.InstallationId);
            return null;
        }
    }

    private async Task<TaskRunOutcome> InvokeAsync(
        LoadedPlugin plugin, InstallationContext context, string taskName, ScheduledRunTrigger trigger, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = plugin.CreateScope();
            var services = scope.ServiceProvider;
            return taskName switch
            {
                TaskNames.OrderImport => TaskRunOutcome.FromImport(
                    await services.GetRequiredService<IOrderSource>().ImportOrdersAsync(context, ImportMode.Incremental, cancellationToken), "orders"),
                TaskNames.ProductSync => TaskRunOutcome.FromImport(
                    await services.GetRequiredService<IProductSource>().SyncProductsAsync(context, ImportMode.Incremental, cancellationToken), "products"),
                _ => TaskRunOutcome.FromTaskResult(await FindTask(services, taskName)!.RunAsync(context, trigger, cancellationToken)),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failing plugin task must not stop the scheduler; the failure is logged and stored as the task's last result.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.RunThrew(logger, exception, taskName, context.InstallationId);
            return new TaskRunOutcome(false, $"The run failed with {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static IScheduledTask? FindTask(IServiceProvider services, string taskName) =>
        services.GetServices<IScheduledTask>().FirstOrDefault(task => string.Equals(task.Name, taskName, StringComparison.Ordinal));

    private void LogOutcome(string taskName, string installationId, TaskRunOutcome outcome)
    {
        if (outcome.Counts is { } counts)
        {
            var level = counts.Inserted + counts.Updated + counts.Failed > 0 ? LogLevel.Information : LogLevel.Debug;
            Log.ImportCompleted(logger, level, taskName, installationId, counts.Inserted, counts.Updated, counts.Skipped, counts.Failed, counts.ApiCalls);
        }

        if (outcome.Succeeded)
        {
            Log.RunSucceeded(logger, taskName, installationId, outcome.Message);
        }
        else
        {
            Log.RunFailed(logger, taskName, installationId, outcome.Message);
        }
    }
}
