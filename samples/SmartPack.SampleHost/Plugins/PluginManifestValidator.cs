using System.Globalization;

namespace SmartPack.SampleHost.Plugins;

/// <summary>Checks a parsed manifest against its folder and the host's contract version.</summary>
internal static class PluginManifestValidator
{
    /// <exception cref="PluginManifestException">The first problem found, with the file and value named.</exception>
    public static void Validate(PluginManifest manifest, string path, string pluginFolder, string hostContractVersion)
    {
        ValidateContractVersion(manifest.ContractVersion, path, hostContractVersion);

        if (!string.Equals(Path.GetFileName(manifest.EntryAssembly), manifest.EntryAssembly, StringComparison.Ordinal))
        {
            throw new PluginManifestException(
                $"The manifest '{path}' names the entry assembly '{manifest.EntryAssembly}', which is not a plain file name. " +
                "A plugin loads only from its own folder: set entryAssembly to the assembly's file name, such as \"Economic.Plugin.dll\".");
        }

        if (!File.Exists(Path.Combine(pluginFolder, manifest.EntryAssembly)))
        {
            throw new PluginManifestException(
                $"The manifest '{path}' names the entry assembly '{manifest.EntryAssembly}', but the folder '{pluginFolder}' has no such file. " +
                "Copy the plugin's build output into the folder or correct entryAssembly.");
        }

        foreach (var setting in manifest.Settings)
        {
            ValidateSetting(setting, path);
        }
    }

    private static void ValidateContractVersion(string requested, string path, string hostContractVersion)
    {
        var host = ParseVersion(hostContractVersion)
            ?? throw new InvalidOperationException($"The host's contract version '{hostContractVersion}' is not major.minor.");
        var plugin = ParseVersion(requested)
            ?? throw new PluginManifestException(
                $"The manifest '{path}' has contractVersion '{requested}', which is not a major.minor version such as \"1.0\". Correct it or rebuild the plugin.");

        if (plugin.Major != host.Major || plugin.Minor > host.Minor)
        {
            throw new PluginManifestException(
                $"The manifest '{path}' asks for host contract version {requested}, but this host serves contract version {hostContractVersion} " +
                $"(it loads plugins built for {host.Major}.0 to {hostContractVersion}). Install a plugin version built for contract {host.Major}.0 to {hostContractVersion}, or update the host.");
        }
    }

    private static void ValidateSetting(PluginSettingDefinition setting, string path)
    {
        if (string.IsNullOrWhiteSpace(setting.Key))
        {
            throw new PluginManifestException($"The manifest '{path}' has a setting without a key. Give every setting a key.");
        }

        if (!PluginSettingTypes.All.Contains(setting.Type, StringComparer.Ordinal))
        {
            throw new PluginManifestException(
                $"The manifest '{path}' gives setting '{setting.Key}' the unknown type '{setting.Type}'. " +
                $"Use one of: {string.Join(", ", PluginSettingTypes.All)}.");
        }

        if (setting.Type == PluginSettingTypes.Enum && setting.Options.Count == 0)
        {
            throw new PluginManifestException(
                $"The manifest '{path}' declares enum setting '{setting.Key}' without options. List its allowed values in options.");
        }
    }

    private static Version? ParseVersion(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return null;
        }

        return new Version(major, minor);
    }
}
