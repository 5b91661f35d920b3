namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>One setting of a plugin manifest, as the settings form shows it.</summary>
internal sealed record SettingField
{
    /// <summary>The manifest's setting key; also the form field's name.</summary>
    public required string Key { get; init; }

    /// <summary>The manifest type: "string", "bool", "int" or "enum".</summary>
    public required string Type { get; init; }

    /// <summary>The manifest's English label, used where the admin texts have none for the key.</summary>
    public required string Label { get; init; }

    public string? Default { get; init; }

    /// <summary>The allowed values of an "enum" setting.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    public bool Required { get; init; }

    /// <summary>True for a secret: shown as a password field and never sent back to the browser.</summary>
    public bool Secret { get; init; }

    /// <summary>True for a value the host generates, such as the webhook secret; not edited in the form.</summary>
    public bool Generated { get; init; }

    /// <summary>True for a value the host fills from its own configuration; not shown in the form.</summary>
    public bool FromHost { get; init; }

    public SettingKind Kind => Type switch
    {
        "bool" => SettingKind.Boolean,
        "int" => SettingKind.Integer,
        "enum" => SettingKind.Choice,
        _ => Secret ? SettingKind.Secret : SettingKind.Text,
    };

    /// <summary>True for the settings the admin edits in the form.</summary>
    public bool IsEditable => !FromHost && !Generated;
}
