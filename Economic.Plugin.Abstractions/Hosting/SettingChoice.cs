namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>One value an admin can pick for a setting.</summary>
/// <param name="Value">The value to store, such as "4".</param>
/// <param name="Label">The text to show, such as "4 Lagerværdi".</param>
public sealed record SettingChoice(string Value, string Label);
