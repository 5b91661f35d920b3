namespace SmartPack.SampleHost.Admin;

/// <summary>The admin area's configuration, bound from the <c>SampleHost</c> section.</summary>
internal sealed class AdminOptions
{
    public const string Section = "SampleHost";

    /// <summary>
    /// The admin password. When it is empty, the admin sets a password on first start through the
    /// setup page, and the host stores only its PBKDF2 hash.
    /// </summary>
    public string? AdminPassword { get; set; }
}
