namespace Economic.StandIn.Webhooks;

/// <summary>Log messages of the stand-in's webhooks (event ids 100-199). None carries a body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Sending a {Type} webhook failed: {Reason}")]
    public static partial void WebhookFailed(ILogger logger, StandInWebhookType type, string reason);
}
