namespace SmartPack.SampleHost.Plugins;

/// <summary>The contents of a plugin's plugin.manifest.json.</summary>
internal sealed record PluginManifest
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    public required string Version { get; init; }

    /// <summary>The file name of the assembly that contains the plugin's entry point, such as "Economic.Plugin.dll".</summary>
    public required string EntryAssembly { get; init; }

    /// <summary>The host contract version the plugin was built against, as "major.minor".</summary>
    public required string ContractVersion { get; init; }

    public IReadOnlyList<PluginSettingDefinition> Settings { get; init; } = [];

    /// <summary>Returns the setting with <paramref name="key"/>, or null when the manifest has none.</summary>
    public PluginSettingDefinition? FindSetting(string key) =>
        Settings.FirstOrDefault(setting => string.Equals(setting.Key, key, StringComparison.Ordinal));
}
