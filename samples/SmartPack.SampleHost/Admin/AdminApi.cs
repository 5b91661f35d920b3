using System.Security.Claims;

namespace SmartPack.SampleHost.Admin;

/// <summary>The admin API: JSON for scripts and monitoring, behind the same login as the pages.</summary>
internal static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder api)
    {
        api.MapGet("/session", (ClaimsPrincipal user) => Results.Ok(new { user = user.Identity?.Name }));

        // Unknown admin API paths also need the login, so they cannot be probed without one.
        api.MapFallback(() => Results.NotFound());

        return api;
    }
}
