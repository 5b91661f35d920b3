using System.Security.Claims;
using Economic.Plugin.Abstractions.Hosting;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Scheduling;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Admin;

/// <summary>The admin API: JSON for scripts and monitoring, behind the same login as the pages.</summary>
internal static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder api)
    {
        api.MapGet("/session", (ClaimsPrincipal user) => Results.Ok(new { user = user.Identity?.Name }));
        api.MapGet("/installations", async (InstallationService installations, CancellationToken cancellationToken) =>
            Results.Ok(await installations.ListAsync(cancellationToken)));
        api.MapGet("/installations/{installationId}/sync-log", ReadSyncLogAsync);
        api.MapGet("/installations/{installationId}/tasks", async (string installationId, TaskRunStore runs, CancellationToken cancellationToken) =>
            Results.Ok(await runs.ListAsync(installationId, cancellationToken)));

        // Unknown admin API paths also need the login, so they cannot be probed without one.
        api.MapFallback(() => Results.NotFound());

        return api;
    }

    private static async Task<IResult> ReadSyncLogAsync(
        string installationId, SyncArea? area, SyncStatus? status, InstallationService installations, CancellationToken cancellationToken)
    {
        var query = new SyncLogQuery { Area = area, Status = status };
        return Results.Ok(await installations.GetSyncLog(installationId).QueryAsync(query, cancellationToken));
    }
}
