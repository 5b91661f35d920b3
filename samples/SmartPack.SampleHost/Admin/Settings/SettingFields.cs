using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>Turns a plugin manifest's settings into the settings form's fields.</summary>
internal static class SettingFields
{
    public static IReadOnlyList<SettingField> From(PluginManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        return manifest.Settings.Select(setting => new SettingField
        {
            Key = setting.Key,
            Type = setting.Type,
            Label = setting.Label ?? setting.Key,
            Default = setting.Default,
            Options = setting.Options,
            Required = setting.Required,
            Secret = setting.Secret,
            Generated = setting.Generated,
            FromHost = setting.IsFromHost,
        }).ToList();
    }
}
