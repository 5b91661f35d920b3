namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>A value the admin can pick for a setting, such as a journal read from e-conomic.</summary>
/// <param name="Value">The value stored, such as the journal number.</param>
/// <param name="Text">What the admin sees, such as "3 Lager".</param>
internal sealed record SettingChoice(string Value, string Text);
