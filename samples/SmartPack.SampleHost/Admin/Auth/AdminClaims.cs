namespace SmartPack.SampleHost.Admin.Auth;

/// <summary>The claims in the admin login cookie.</summary>
internal static class AdminClaims
{
    public const string Role = "smartpack:role";
    public const string AdminRole = "admin";
}
