using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>Log messages of the webhook endpoint and queue (event ids 6000-6099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Warning, Message = "Rejected a webhook call for installation {InstallationId}: the secret is missing or wrong.")]
    public static partial void WebhookRejected(ILogger logger, string installationId);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Recorded webhook {EventName} for record {Number} of installation {InstallationId}.")]
    public static partial void WebhookRecorded(ILogger logger, string installationId, string eventName, string number);
}
