namespace SmartPack.SampleHost.Installations;

/// <summary>Creates the configured default installation, or updates its settings, at start.</summary>
internal sealed class DefaultInstallationSetup(
    InstallationService installations,
    IConfiguration configuration,
    ILogger<DefaultInstallationSetup> logger)
{
    public const string SectionName = "SampleHost:DefaultInstallation";

    /// <summary>Applies the configured default installation; does nothing when the section is absent. A failure is logged, and the host keeps running.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var section = configuration.GetSection(SectionName);
        if (!section.Exists())
        {
            return;
        }

        var options = section.Get<DefaultInstallationOptions>() ?? new DefaultInstallationOptions();
        var created = false;
        try
        {
            if (await installations.FindAsync(options.InstallationId, cancellationToken) is null)
            {
                await installations.InstallAsync(options.PluginId, options.InstallationId, cancellationToken);
                created = true;
            }

            if (options.Settings.Count > 0)
            {
                await installations.SaveSettingsAsync(options.InstallationId, options.Settings, cancellationToken);
            }

            if (created)
            {
                Log.DefaultInstallationCreated(logger, options.InstallationId, options.PluginId);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or SettingsValidationException)
        {
            // An installation whose first settings were rejected would fail on every scheduled run, so it is removed again.
            if (created)
            {
                await installations.UninstallAsync(options.InstallationId, cancellationToken);
            }

            Log.DefaultInstallationFailed(logger, options.InstallationId, exception.Message);
        }
    }
}
