using System.Globalization;
using System.Net;
using System.Text;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Webhooks;

namespace SmartPack.SampleHost.Admin;

/// <summary>
/// Shows, at /admin/installations/{id}/webhooks, the webhook URLs an e-conomic admin pastes into
/// All settings, Extensions, Webhooks. The URLs contain the installation's webhook secret, so the
/// page is mapped inside the admin area and needs the admin login.
/// </summary>
internal static class WebhookUrlsPage
{
    /// <summary>The plugin setting that contains the webhook secret.</summary>
    public const string SecretKey = "webhookSecret";

    private const string PostData = "old=[OLDNUMBER]&new=[NEWNUMBER]";

    // The Economic plugin's event paths, with the webhook type to pick in e-conomic.
    private static readonly (string Type, string Path)[] Events =
    [
        ("Order updated (Ordre opdateret)", "order-updated"),
        ("Order deleted", "order-deleted"),
        ("Product updated (Vare opdateret)", "product-updated"),
    ];

    public static IEndpointRouteBuilder MapWebhookUrlsPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/installations/{installationId}/webhooks", RenderAsync);

        return endpoints;
    }

    /// <summary>Returns the webhook URL of one event, with the secret in its path.</summary>
    public static string BuildUrl(Uri baseUrl, string installationId, string secret, string eventPath) =>
        $"{baseUrl.GetLeftPart(UriPartial.Authority)}{WebhookEndpoints.RoutePrefix}/{Uri.EscapeDataString(installationId)}/{Uri.EscapeDataString(secret)}/{eventPath}";

    private static async Task<IResult> RenderAsync(string installationId, HttpContext context, InstallationService installations, CancellationToken cancellationToken)
    {
        if (await installations.FindAsync(installationId, cancellationToken) is null)
        {
            return Results.NotFound();
        }

        var settings = (await installations.CreateContextAsync(installationId, cancellationToken)).Settings;
        var secret = settings.GetString(SecretKey);
        var baseUrl = new Uri($"{context.Request.Scheme}://{context.Request.Host}");
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Webhooks</title></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>e-conomic webhooks of installation {Encode(installationId)}</h1>");
        if (secret is null)
        {
            html.Append("<p>The installation has no webhook secret. Reinstall the plugin to generate one.</p></body></html>");
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        }

        html.Append("<p>In e-conomic, open All settings, Extensions, Webhooks and add one webhook per row. ");
        html.Append(CultureInfo.InvariantCulture, $"Use content type application/x-www-form-urlencoded and the posted data <code>{Encode(PostData)}</code>. ");
        html.Append("Each URL contains the webhook secret: keep it private.</p>");
        html.Append("<table><tr><th>Type</th><th>URL</th></tr>");
        foreach (var (type, path) in Events)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(type)}</td><td><code>{Encode(BuildUrl(baseUrl, installationId, secret, path))}</code></td></tr>");
        }

        html.Append("</table></body></html>");

        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
