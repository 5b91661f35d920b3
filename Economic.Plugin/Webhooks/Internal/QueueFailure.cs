using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>Sorts the failures of a re-read into those worth a retry and the rest.</summary>
internal static class QueueFailure
{
    /// <summary>Returns true for a failure that a later retry may not meet: an e-conomic or network error.</summary>
    public static bool IsTransient(Exception exception) => exception is HttpRequestException or TimeoutException;

    /// <summary>Creates the sync log entry for a failed re-read, with e-conomic's error details where there are any.</summary>
    public static SyncLogEntry ToEntry(SyncArea area, string message, string reference, Exception exception) =>
        new(area, SyncStatus.Warning, message) { Reference = reference };
}
