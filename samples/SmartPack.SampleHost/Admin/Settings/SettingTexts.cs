using Microsoft.Extensions.Localization;
using SmartPack.SampleHost.Admin.Localization;

namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>
/// Looks up a setting's label and option names in the admin texts, by key, and falls back to the
/// manifest's English text for a plugin whose keys the texts do not cover.
/// </summary>
internal static class SettingTexts
{
    public static string Label(IStringLocalizer<AdminText> text, SettingField field)
    {
        var label = text["Setting_" + field.Key];
        return label.ResourceNotFound ? field.Label : label.Value;
    }

    public static string Option(IStringLocalizer<AdminText> text, SettingField field, string option)
    {
        var name = text[$"Option_{field.Key}_{option}"];
        return name.ResourceNotFound ? option : name.Value;
    }
}
