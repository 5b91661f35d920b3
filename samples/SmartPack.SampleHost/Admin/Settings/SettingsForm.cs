using Economic.Plugin.Abstractions.Hosting;

namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>Everything the settings form shows: the fields, their values, the choices read from e-conomic and the errors.</summary>
internal sealed record SettingsForm
{
    public required IReadOnlyList<SettingField> Fields { get; init; }

    /// <summary>The values shown, by key: the saved ones, or what the admin typed when saving failed. Never a secret.</summary>
    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyDictionary<string, SecretStatus> Secrets { get; init; } = new Dictionary<string, SecretStatus>();

    /// <summary>Values to pick from, by key; a field without choices is a plain input.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SettingChoice>> Choices { get; init; } =
        new Dictionary<string, IReadOnlyList<SettingChoice>>();

    /// <summary>A link shown next to a field, by key, such as the page that issues a grant token.</summary>
    public IReadOnlyDictionary<string, Uri> Links { get; init; } = new Dictionary<string, Uri>();

    /// <summary>The error shown next to each field, by key.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public IEnumerable<SettingField> EditableFields => Fields.Where(setting => setting.IsEditable);

    public string? ValueOf(SettingField field) =>
        Values.TryGetValue(field.Key, out var value) && value is not null ? value : field.Default;

    public bool IsOn(SettingField field) =>
        string.Equals(ValueOf(field), "true", StringComparison.OrdinalIgnoreCase);

    public SecretStatus SecretOf(SettingField field) =>
        Secrets.TryGetValue(field.Key, out var status) ? status : SecretStatus.None;

    public IReadOnlyList<SettingChoice> ChoicesOf(SettingField field) =>
        Choices.TryGetValue(field.Key, out var choices) ? choices : [];

    public string? ErrorOf(SettingField field) => Errors.GetValueOrDefault(field.Key);
}
