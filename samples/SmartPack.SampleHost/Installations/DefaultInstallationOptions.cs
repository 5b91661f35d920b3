namespace SmartPack.SampleHost.Installations;

/// <summary>
/// An installation the host creates at start when it is missing (configuration section
/// "SampleHost:DefaultInstallation"). Its settings are saved on every start, so the configuration stays the source of truth.
/// </summary>
internal sealed record DefaultInstallationOptions
{
    public string PluginId { get; init; } = "Economic";

    public string InstallationId { get; init; } = "default";

    /// <summary>Setting values by manifest key, such as grantToken.</summary>
    public Dictionary<string, string?> Settings { get; init; } = new(StringComparer.Ordinal);
}
