namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>
/// Checks an installation's settings against e-conomic before the host saves them, such as
/// "does journal 3 exist". The host resolves every registered validator from the container, calls
/// them when the admin saves, and shows each error next to the field it names.
/// </summary>
/// <remarks>
/// A validator reads only what it needs, writes nothing to e-conomic or the warehouse and writes no
/// sync log entry. It reports every problem it finds at once, so the admin can fix them in one go.
/// </remarks>
public interface ISettingsValidator
{
    /// <summary>
    /// Checks the settings in <paramref name="installation"/>. The host passes the values the admin
    /// is about to save as <see cref="InstallationContext.Settings"/>, not the stored ones.
    /// </summary>
    /// <returns>The problems found, keyed by setting; an empty list when the settings are valid or the feature is off.</returns>
    Task<IReadOnlyList<SettingError>> ValidateAsync(InstallationContext installation, CancellationToken cancellationToken);
}
