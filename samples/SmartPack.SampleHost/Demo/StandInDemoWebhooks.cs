using Economic.StandIn;
using SmartPack.SampleHost.Admin;
using SmartPack.SampleHost.Installations;

namespace SmartPack.SampleHost.Demo;

/// <summary>
/// Subscribes the in-process stand-in's demo agreement to an installation's webhook URLs, so a change made
/// through the stand-in's admin API reaches the host the way e-conomic's webhooks would.
/// </summary>
internal static class StandInDemoWebhooks
{
    private static readonly (StandInWebhookType Type, string Path)[] Subscriptions =
    [
        (StandInWebhookType.OrderUpdated, "order-updated"),
        (StandInWebhookType.OrderDeleted, "order-deleted"),
        (StandInWebhookType.ProductUpdated, "product-updated"),
    ];

    /// <summary>Adds one subscription per event type; returns how many, or 0 when the installation or its secret is missing.</summary>
    public static async Task<int> SubscribeAsync(
        StandInServer standIn,
        InstallationService installations,
        string installationId,
        Uri hostBaseUrl,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(standIn);
        ArgumentNullException.ThrowIfNull(installations);

        if (await installations.FindAsync(installationId, cancellationToken) is null)
        {
            return 0;
        }

        var context = await installations.CreateContextAsync(installationId, cancellationToken);
        if (context.Settings.GetString(WebhookUrlsPage.SecretKey) is not { } secret)
        {
            return 0;
        }

        var agreement = standIn.GetAgreement(new StandInOptions().DemoGrantToken);
        foreach (var (type, path) in Subscriptions)
        {
            var url = WebhookUrlsPage.BuildUrl(hostBaseUrl, installationId, secret, path);
            agreement.Webhooks.Add(new StandInWebhookSubscription { Type = type, Url = url });
        }

        return Subscriptions.Length;
    }
}
