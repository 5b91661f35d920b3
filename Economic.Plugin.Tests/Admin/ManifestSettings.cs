using System.Text.Json;
using SmartPack.SampleHost.Admin.Settings;

namespace Economic.Plugin.Tests.Admin;

/// <summary>Reads the settings of the repository's plugin.manifest.json in the shape the settings form takes.</summary>
internal static class ManifestSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<SettingField> Load()
    {
        using var stream = File.OpenRead(FindManifest());
        using var manifest = JsonDocument.Parse(stream);
        return manifest.RootElement.GetProperty("settings").EnumerateArray().Select(ToField).ToList();
    }

    private static SettingField ToField(JsonElement setting)
    {
        var raw = setting.Deserialize<RawSetting>(Json)!;
        return new SettingField
        {
            Key = raw.Key,
            Type = raw.Type,
            Label = raw.Label,
            Default = raw.Default,
            Options = raw.Options ?? [],
            Required = raw.Required,
            Secret = raw.Secret,
            Generated = raw.Generated,
            FromHost = raw.Source == "host",
        };
    }

    private static string FindManifest()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "plugin.manifest.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("No plugin.manifest.json above the test output folder.");
    }

    private sealed record RawSetting(
        string Key, string Type, string Label, string? Default, string[]? Options,
        bool Required, bool Secret, bool Generated, string? Source);
}
