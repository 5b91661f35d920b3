namespace SmartPack.SampleHost.Admin;

/// <summary>Adds the admin area to the request pipeline.</summary>
internal static class AdminApplicationExtensions
{
    /// <summary>
    /// Adds languages, login and authorization to the pipeline, then maps the admin pages and the
    /// admin API. Every admin API endpoint requires the admin policy through its route group.
    /// </summary>
    public static WebApplication UseAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapGroup(string.Empty)
            .RequireAuthorization(AdminPaths.Policy)
            .MapWebhookUrlsPage();
        app.MapGroup(AdminPaths.Api)
            .RequireAuthorization(AdminPaths.Policy)
            .MapAdminApi();

        return app;
    }
}
