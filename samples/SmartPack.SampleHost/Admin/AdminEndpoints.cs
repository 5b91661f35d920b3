namespace SmartPack.SampleHost.Admin;

/// <summary>Maps the admin pages.</summary>
internal static class AdminEndpoints
{
    public static IServiceCollection AddAdminPages(this IServiceCollection services) => services.AddSingleton<AdminPageRenderer>();

    /// <summary>Maps GET /admin, a read-only overview of installations and imported orders.</summary>
    public static IEndpointRouteBuilder MapAdminPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin", async (AdminPageRenderer renderer, CancellationToken cancellationToken) =>
            Results.Content(await renderer.RenderAsync(cancellationToken), "text/html; charset=utf-8"));

        return endpoints;
    }
}
