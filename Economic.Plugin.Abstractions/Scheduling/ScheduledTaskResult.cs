namespace Economic.Plugin.Abstractions.Scheduling;

/// <summary>The outcome of one run of a scheduled task.</summary>
/// <param name="Succeeded">False when the run failed; the sync log says why.</param>
/// <param name="Message">A sentence for the admin.</param>
public sealed record ScheduledTaskResult(bool Succeeded, string Message);
