using Economic.Plugin.Abstractions.Scheduling;

namespace SmartPack.SampleHost.Scheduling;

internal static partial class Log
{
    [LoggerMessage(1300, LogLevel.Debug, "Starting {TaskName} for installation {InstallationId} ({Trigger}).")]
    public static partial void RunStarting(ILogger logger, string taskName, string installationId, ScheduledRunTrigger trigger);

    // The level is chosen per run: Information when the run changed or failed something, Debug when idle.
    [LoggerMessage(EventId = 1301,
        Message = "{TaskName} for installation {InstallationId}: {Inserted} inserted, {Updated} updated, {Skipped} skipped, {Failed} failed, {ApiCalls} API calls.")]
    public static partial void ImportCompleted(
        ILogger logger, LogLevel level, string taskName, string installationId, int inserted, int updated, int skipped, int failed, int apiCalls);

    // Scheduled plugin tasks such as the webhook queue run every few seconds; their own logs carry the outcome.
    [LoggerMessage(1302, LogLevel.Debug, "{TaskName} for installation {InstallationId} succeeded: {Message}")]
    public static partial void RunSucceeded(ILogger logger, string taskName, string installationId, string message);

    [LoggerMessage(1303, LogLevel.Error, "{TaskName} for installation {InstallationId} failed: {Message}")]
    public static partial void RunFailed(ILogger logger, string taskName, string installationId, string message);

    [LoggerMessage(1304, LogLevel.Error, "{TaskName} for installation {InstallationId} threw an exception.")]
    public static partial void RunThrew(ILogger logger, Exception exception, string taskName, string installationId);

    [LoggerMessage(1306, LogLevel.Error, "The scheduler failed to plan the runs of installation {InstallationId}. The other installations still run.")]
    public static partial void InstallationPlanningFailed(ILogger logger, Exception exception, string installationId);

    [LoggerMessage(1307, LogLevel.Error, "{TaskName} for installation {InstallationId} ran, but its next run could not be computed.")]
    public static partial void NextRunFailed(ILogger logger, Exception exception, string taskName, string installationId);

    [LoggerMessage(1305, LogLevel.Error, "The scheduler failed to plan the next runs and tries again in {RetryAfter}.")]
    public static partial void PlanningFailed(ILogger logger, Exception exception, TimeSpan retryAfter);
}
