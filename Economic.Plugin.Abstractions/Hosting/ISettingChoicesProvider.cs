namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>
/// Lists the values an admin can pick for a setting, read from the outside system, such as the
/// e-conomic journals for a journal number setting. The host's settings page calls it to offer a
/// list in place of a free-text field.
/// </summary>
public interface ISettingChoicesProvider
{
    /// <summary>The manifest setting keys this provider lists choices for.</summary>
    IReadOnlyCollection<string> SettingKeys { get; }

    /// <summary>Reads the choices for <paramref name="settingKey"/> with the installation's connection settings.</summary>
    /// <returns>The choices in display order; empty for a key this provider does not list.</returns>
    Task<IReadOnlyList<SettingChoice>> GetChoicesAsync(InstallationContext installation, string settingKey, CancellationToken cancellationToken);
}
