namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>The outcome of checking a submitted settings form.</summary>
/// <param name="Values">The values to save, by key. A secret left empty is missing, which keeps the saved one.</param>
/// <param name="Errors">The error for each field that failed, by key; empty when the form is valid.</param>
internal sealed record SettingsValidation(
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
