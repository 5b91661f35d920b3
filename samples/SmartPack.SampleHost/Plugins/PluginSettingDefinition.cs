namespace SmartPack.SampleHost.Plugins;

/// <summary>One entry of a manifest's settings list: a key the admin or the host fills in.</summary>
internal sealed record PluginSettingDefinition
{
    public required string Key { get; init; }

    /// <summary>One of <see cref="PluginSettingTypes"/>: "string", "bool", "int" or "enum".</summary>
    public required string Type { get; init; }

    /// <summary>The value used while none is stored, as text.</summary>
    public string? Default { get; init; }

    /// <summary>True for a value stored encrypted and never shown or logged.</summary>
    public bool Secret { get; init; }

    public bool Required { get; init; }

    /// <summary>"host" for a value the host fills from its own configuration; null for one the admin enters.</summary>
    public string? Source { get; init; }

    /// <summary>The allowed values of an "enum" setting.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    public string? Label { get; init; }

    /// <summary>True for a value the host generates once when the plugin is installed, such as a webhook secret.</summary>
    public bool Generated { get; init; }

    public bool IsFromHost => string.Equals(Source, PluginSettingTypes.HostSource, StringComparison.Ordinal);
}
