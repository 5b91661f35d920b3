using Economic.Plugin.Abstractions.Webhooks;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Webhooks;

/// <summary>
/// Maps the plugins' webhook route. It needs no admin login: the plugin authenticates each call
/// itself, with the secret in the path after the installation id.
/// </summary>
internal static class WebhookEndpoints
{
    public const string RoutePrefix = "/webhooks";

    public static IEndpointRouteBuilder MapPluginWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(RoutePrefix + "/{installationId}/{**path}", HandleAsync);

        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        string installationId,
        string? path,
        HttpContext context,
        InstallationService installations,
        PluginCatalog catalog,
        CancellationToken cancellationToken)
    {
        var installation = await installations.FindAsync(installationId, cancellationToken);
        var plugin = installation is null ? null : catalog.Find(installation.PluginId);
        if (installation is null || plugin is null || !plugin.HasService<IWebhookHandler>())
        {
            return Results.Text("There is no installation with a webhook handler at this address.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var request = await HttpWebhookRequestReader.ReadAsync(context.Request, path ?? string.Empty, cancellationToken);
        if (request is null)
        {
            return Results.Text("The request body is too large for a webhook call.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var installationContext = await installations.CreateContextAsync(installationId, cancellationToken);
        await using var scope = plugin.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<IWebhookHandler>();
        var response = await handler.HandleWebhookAsync(installationContext, request, cancellationToken);

        return Results.Text(response.Body ?? string.Empty, "text/plain; charset=utf-8", statusCode: response.StatusCode);
    }
}
