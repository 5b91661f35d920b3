namespace SmartPack.SampleHost.Plugins;

/// <summary>The setting types and sources a manifest may use.</summary>
internal static class PluginSettingTypes
{
    public const string String = "string";
    public const string Bool = "bool";
    public const string Int = "int";
    public const string Enum = "enum";

    /// <summary>The <see cref="PluginSettingDefinition.Source"/> of values the host fills from configuration.</summary>
    public const string HostSource = "host";

    public static IReadOnlyList<string> All { get; } = [String, Bool, Int, Enum];
}
