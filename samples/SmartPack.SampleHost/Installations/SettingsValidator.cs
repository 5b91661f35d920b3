using System.Globalization;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Installations;

/// <summary>Checks setting values against the manifest's types, options and required flags.</summary>
internal static class SettingsValidator
{
    /// <summary>
    /// Checks the values an admin saves (<paramref name="changes"/>) and the resulting complete set
    /// (<paramref name="merged"/>: defaults, stored values, host values and the changes).
    /// </summary>
    /// <returns>Every problem found, as whole sentences; empty when the values are valid. Secret values are never quoted.</returns>
    public static IReadOnlyList<string> Validate(
        PluginManifest manifest,
        IReadOnlyDictionary<string, string?> changes,
        IReadOnlyDictionary<string, string?> merged)
    {
        var errors = new List<string>();
        foreach (var (key, value) in changes)
        {
            var setting = manifest.FindSetting(key);
            if (setting is null)
            {
                errors.Add($"Plugin '{manifest.Id}' has no setting '{key}'; remove it.");
            }
            else if (setting.IsFromHost)
            {
                errors.Add($"Setting '{key}' comes from the host's configuration (Plugins:{manifest.Id}:{key}); set it there instead.");
            }
            else if (!string.IsNullOrWhiteSpace(value) && CheckValue(setting, value) is { } error)
            {
                errors.Add(error);
            }
        }

        foreach (var setting in manifest.Settings.Where(setting => setting.Required))
        {
            if (string.IsNullOrWhiteSpace(merged.GetValueOrDefault(setting.Key)))
            {
                errors.Add($"Setting '{setting.Key}' ({setting.Label ?? setting.Key}) is required; enter a value.");
            }
        }

        return errors;
    }

    private static string? CheckValue(PluginSettingDefinition setting, string value)
    {
        var shown = setting.Secret ? "***" : value;
        return setting.Type switch
        {
            PluginSettingTypes.Bool when !bool.TryParse(value, out _) =>
                $"Setting '{setting.Key}' has the value '{shown}', which is not true or false.",
            PluginSettingTypes.Int when !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) =>
                $"Setting '{setting.Key}' has the value '{shown}', which is not a whole number.",
            PluginSettingTypes.Enum when !setting.Options.Contains(value, StringComparer.Ordinal) =>
                $"Setting '{setting.Key}' has the value '{shown}'; use one of: {string.Join(", ", setting.Options)}.",
            _ => null,
        };
    }
}
