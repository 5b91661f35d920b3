namespace Economic.Plugin.Abstractions.Webhooks;

/// <summary>
/// Receives calls on the host's webhook route for this plugin. The handler authenticates the call,
/// records it durably and returns at once; the slow work happens later in a scheduled task, because
/// e-conomic can send thousands of calls within a second.
/// </summary>
public interface IWebhookHandler
{
    /// <summary>Handles one call.</summary>
    /// <returns>The status code and body the host sends back.</returns>
    Task<WebhookResponse> HandleWebhookAsync(
        InstallationContext installation,
        WebhookRequest request,
        CancellationToken cancellationToken);
}
