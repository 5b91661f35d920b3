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

    /// <summary>The folder for the host's files; the stored password hash goes here.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>How long a login lasts without activity.</summary>
    public TimeSpan LoginLifetime { get; set; } = TimeSpan.FromHours(8);
}
