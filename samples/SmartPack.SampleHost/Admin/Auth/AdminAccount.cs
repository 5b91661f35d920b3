namespace SmartPack.SampleHost.Admin.Auth;

/// <summary>The single admin account; the type argument of the password hasher.</summary>
internal sealed class AdminAccount
{
    public static readonly AdminAccount Instance = new();

    /// <summary>The user name in the login cookie.</summary>
    public const string Name = "admin";
}
