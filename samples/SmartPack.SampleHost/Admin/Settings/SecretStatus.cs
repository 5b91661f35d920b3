namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>What the settings form may show of a saved secret: that it exists, and at most its last four characters.</summary>
internal sealed record SecretStatus(bool IsSaved, string? LastFour)
{
    public static readonly SecretStatus None = new(false, null);

    // Short secrets show nothing: four characters of an eight-character secret would give half of it away.
    private const int ShortestWithHint = 16;

    public static SecretStatus Of(string? secret) =>
        string.IsNullOrEmpty(secret) ? None
        : secret.Length >= ShortestWithHint ? new SecretStatus(true, secret[^4..])
        : new SecretStatus(true, null);
}
