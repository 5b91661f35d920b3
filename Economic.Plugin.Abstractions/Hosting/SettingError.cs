namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>One problem with a setting, found by an <see cref="ISettingsValidator"/>.</summary>
/// <param name="Key">The manifest's setting key the problem belongs to, such as "stockValueJournalNumber".</param>
/// <param name="Message">A whole sentence for the admin: what is wrong, with the value, and what to do.</param>
public sealed record SettingError(string Key, string Message);
