using Economic.Plugin.Abstractions.Hosting;

namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>What the settings page shows after loading or saving.</summary>
/// <param name="Form">The form with its values, choices and field errors.</param>
/// <param name="Saved">True when this request stored the settings.</param>
internal sealed record SettingsPageState(SettingsForm Form, bool Saved)
{
    /// <summary>The connection test run by this save, or null when none ran.</summary>
    public ConnectionTestResult? Connection { get; init; }

    /// <summary>Why the choices could not be read from the source system, or null.</summary>
    public string? ChoicesProblem { get; init; }

    /// <summary>Errors that belong to no single field, such as the host's own checks.</summary>
    public IReadOnlyList<string> FormErrors { get; init; } = [];
}
