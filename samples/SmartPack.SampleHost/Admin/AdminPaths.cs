namespace SmartPack.SampleHost.Admin;

/// <summary>The addresses and names the admin area is built on.</summary>
internal static class AdminPaths
{
    public const string Root = "/admin";
    public const string Api = "/admin/api";
    public const string Login = "/admin/login";
    public const string Logout = "/admin/logout";
    public const string Setup = "/admin/setup";

    /// <summary>The authorization policy every admin page and admin API requires.</summary>
    public const string Policy = "Admin";

    /// <summary>Returns whether a request goes to the admin API, which answers 401 instead of redirecting.</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase);
}
