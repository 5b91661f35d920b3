using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Webhooks;
using Economic.Plugin.Webhooks.Internal;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Webhooks;

/// <summary>
/// Receives e-conomic's webhook calls: checks the secret, records the call in the installation's queue
/// and returns at once. The "webhook-queue" task re-reads the records later.
/// </summary>
internal sealed class EconomicWebhookHandler(WebhookQueue queue, ILogger<EconomicWebhookHandler> logger) : IWebhookHandler
{
    private static readonly string EventNames = string.Join(", ", WebhookEvent.All.Select(item => item.PathName));

    public async Task<WebhookResponse> HandleWebhookAsync(
        InstallationContext installation,
        WebhookRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(request);

        var configured = installation.Settings.GetString(WebhookSecret.SettingKey);
        if (!WebhookSecret.Matches(configured, WebhookRequestReader.ReadSecret(request)))
        {
            Log.WebhookRejected(logger, installation.InstallationId);
            return new WebhookResponse(401, "The webhook secret is missing or wrong. Copy the webhook URL from the plugin's settings page.");
        }

        if (!IsSupportedMethod(request.Method))
        {
            return new WebhookResponse(405, "Webhook calls must use POST or GET.");
        }

        var webhookEvent = WebhookRequestReader.ReadEventName(request) is { } name && WebhookRequestReader.CountSegments(request) == 2
            ? WebhookEvent.FromPathName(name)
            : null;
        if (webhookEvent is null)
        {
            return new WebhookResponse(404, $"The webhook URL names no known event. The URL must end in one of: {EventNames}.");
        }

        var call = new WebhookCall(
            webhookEvent,
            WebhookRequestReader.ReadNumber(request, WebhookRequestReader.OldNumberKey),
            WebhookRequestReader.ReadNumber(request, WebhookRequestReader.NewNumberKey));
        if (call.Number.Length == 0)
        {
            return new WebhookResponse(400, "The webhook call has no record number. Set the posted data to old=[OLDNUMBER]&new=[NEWNUMBER] in e-conomic.");
        }

        if (WebhookNumberCheck.Problem(call) is { } problem)
        {
            return new WebhookResponse(400, problem);
        }

        await queue.RecordAsync(installation.State, call, cancellationToken);
        Log.WebhookRecorded(logger, installation.InstallationId, webhookEvent.PathName, call.Number);

        return new WebhookResponse(202, "Recorded.");
    }

    private static bool IsSupportedMethod(string method) =>
        string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase);
}
