using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Polly.Timeout;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>Sorts the failures of a re-read: those that pause the whole queue, and how they are logged.</summary>
internal static class QueueFailure
{
    /// <summary>
    /// Returns true for a failure that every other queued record would meet too. These are a rejected token
    /// (401, 403), throttling (429), a timeout (408 or the client's own), a server error (5xx) after the
    /// client's retries, a network failure, and missing or invalid settings.
    /// </summary>
    public static bool PausesQueue(Exception exception) =>
        exception switch
        {
            EconomicApiException api => !RejectsRecord(api),
            _ => exception is EconomicSettingsException or FormatException or HttpRequestException or TimeoutRejectedException,
        };

    /// <summary>
    /// Returns true for a 4xx response about this one record, such as 400 for a malformed number: reading the other
    /// records may still work, so only this record leaves the queue.
    /// </summary>
    public static bool RejectsRecord(Exception exception) =>
        exception is EconomicApiException { HttpStatus: var status }
            && (int)status is >= 400 and < 500 and not (401 or 403 or 408 or 429);

    /// <summary>
    /// Creates the sync log entry for a failed re-read, with e-conomic's error details where there are any. A
    /// rejected token or invalid settings need a person, so they are errors; the rest are warnings.
    /// </summary>
    public static SyncLogEntry ToEntry(SyncArea area, string message, string reference, Exception exception)
    {
        var api = exception as EconomicApiException;
        var needsPerson = api?.IsAccessDenied == true || exception is EconomicSettingsException or FormatException;

        return new SyncLogEntry(area, needsPerson ? SyncStatus.Error : SyncStatus.Warning, message)
        {
            Reference = reference,
            ErrorDetail = api?.EconomicMessage,
            ErrorCode = api?.ErrorCode,
            LogId = api?.LogId,
            HttpStatus = api is null ? null : (int)api.HttpStatus,
        };
    }
}
