namespace SmartPack.SampleHost.Scheduling;

/// <summary>How often the scheduler runs the plugin's imports (configuration section "SampleHost:Scheduler").</summary>
internal sealed record SchedulerOptions
{
    public TimeSpan OrderImportInterval { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan ProductSyncInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest the scheduler sleeps before it looks for new installations and changed schedules.</summary>
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromMinutes(1);
}
