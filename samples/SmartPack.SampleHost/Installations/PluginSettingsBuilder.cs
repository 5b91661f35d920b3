using Economic.Plugin.Abstractions.Hosting;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Installations;

/// <summary>
/// Builds an installation's settings snapshot: manifest defaults, overlaid by the stored values,
/// overlaid by the host's configuration for settings with source "host" (read from
/// "Plugins:&lt;plugin id&gt;:&lt;setting key&gt;", such as Plugins:Economic:AppSecretToken).
/// </summary>
internal static class PluginSettingsBuilder
{
    public static Dictionary<string, string?> Merge(
        PluginManifest manifest,
        IReadOnlyDictionary<string, string?> stored,
        IConfiguration configuration)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var setting in manifest.Settings)
        {
            var value = setting.IsFromHost
                ? configuration[HostConfigurationKey(manifest.Id, setting.Key)]
                : stored.GetValueOrDefault(setting.Key);
            value = string.IsNullOrWhiteSpace(value) ? setting.Default : value;
            if (value is not null)
            {
                values[setting.Key] = value;
            }
        }

        return values;
    }

    public static PluginSettings Build(PluginManifest manifest, IReadOnlyDictionary<string, string?> stored, IConfiguration configuration) =>
        new(Merge(manifest, stored, configuration), manifest.Settings.Where(setting => setting.Secret).Select(setting => setting.Key));

    public static string HostConfigurationKey(string pluginId, string settingKey) => $"Plugins:{pluginId}:{settingKey}";
}
