using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartPack.SampleHost.Plugins;

/// <summary>Reads and validates the plugin.manifest.json of one plugin folder.</summary>
internal static class PluginManifestReader
{
    public const string FileName = "plugin.manifest.json";

    private static readonly string[] RequiredFields = ["id", "displayName", "version", "entryAssembly", "contractVersion"];

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the manifest in <paramref name="pluginFolder"/> and checks it against this host.</summary>
    /// <exception cref="PluginManifestException">The file is missing or malformed, or requests a contract version this host cannot serve.</exception>
    public static PluginManifest Read(string pluginFolder, string hostContractVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginFolder);

        var path = Path.Combine(pluginFolder, FileName);
        if (!File.Exists(path))
        {
            throw new PluginManifestException(
                $"The plugin folder '{pluginFolder}' has no {FileName}. Copy the plugin's manifest into the folder or remove the folder.");
        }

        var manifest = Parse(path);
        PluginManifestValidator.Validate(manifest, path, pluginFolder, hostContractVersion);

        return manifest;
    }

    private static PluginManifest Parse(string path)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new PluginManifestException($"The manifest '{path}' is not a JSON object. Rebuild the plugin to get a valid manifest.");
        }
        catch (JsonException exception)
        {
            throw new PluginManifestException(
                $"The manifest '{path}' is not valid JSON: {exception.Message} Fix the file or rebuild the plugin.", exception);
        }

        var missing = RequiredFields.Where(field => string.IsNullOrWhiteSpace(ReadString(root, field))).ToList();
        if (missing.Count > 0)
        {
            throw new PluginManifestException(
                $"The manifest '{path}' is missing the required field(s) {string.Join(", ", missing)}. Add them and restart the host.");
        }

        try
        {
            return root.Deserialize<PluginManifest>(SerializerOptions)
                ?? throw new PluginManifestException($"The manifest '{path}' is empty. Rebuild the plugin to get a valid manifest.");
        }
        catch (JsonException exception)
        {
            throw new PluginManifestException(
                $"The manifest '{path}' has a value of the wrong type: {exception.Message} Fix the file or rebuild the plugin.", exception);
        }
    }

    private static string? ReadString(JsonObject root, string field) =>
        root[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
