namespace Economic.Plugin.Abstractions.Scheduling;

/// <summary>
/// Work the plugin wants the host to run on a schedule and on demand ("sync now"). The host keeps
/// each task's last and next run per installation, and never runs one task for one installation
/// twice at the same time: a manual run waits for a scheduled one, and the other way round.
/// </summary>
public interface IScheduledTask
{
    /// <summary>A stable key, such as "stock-value"; the host stores run times under it.</summary>
    string Name { get; }

    /// <summary>The name shown in the admin UI.</summary>
    string DisplayName { get; }

    /// <summary>
    /// Returns the next time the task should run after <paramref name="after"/>, from the
    /// installation's settings, or null when the task is switched off.
    /// </summary>
    DateTimeOffset? GetNextRun(InstallationContext installation, DateTimeOffset after);

    /// <summary>Runs the task once.</summary>
    Task<ScheduledTaskResult> RunAsync(
        InstallationContext installation,
        ScheduledRunTrigger trigger,
        CancellationToken cancellationToken);
}
