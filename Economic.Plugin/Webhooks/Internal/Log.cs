using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>Log messages of the webhook endpoint and queue (event ids 6000-6099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Warning, Message = "Rejected a webhook call for installation {InstallationId}: the secret is missing or wrong.")]
    public static partial void WebhookRejected(ILogger logger, string installationId);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Recorded webhook {EventName} for record {Number} of installation {InstallationId}.")]
    public static partial void WebhookRecorded(ILogger logger, string installationId, string eventName, string number);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Debug, Message = "{RecordType} {Number} of installation {InstallationId} was not found after its webhook (read {Attempt}); it is read again in {Delay}.")]
    public static partial void RecordNotFoundYet(ILogger logger, WebhookRecordType recordType, string number, string installationId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Error, Message = "{RecordType} {Number} of installation {InstallationId} was dropped from the webhook queue: {Reason}")]
    public static partial void RecordDropped(ILogger logger, WebhookRecordType recordType, string number, string installationId, string reason);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Warning, Message = "Re-reading {RecordType} {Number} of installation {InstallationId} failed; the webhook queue retries later: {Reason}")]
    public static partial void RecordFailed(ILogger logger, WebhookRecordType recordType, string number, string installationId, string reason);
}
