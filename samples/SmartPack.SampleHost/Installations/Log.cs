namespace SmartPack.SampleHost.Installations;

internal static partial class Log
{
    [LoggerMessage(1200, LogLevel.Information, "Installed plugin {PluginId} as installation {InstallationId}.")]
    public static partial void Installed(ILogger logger, string pluginId, string installationId);

    [LoggerMessage(1201, LogLevel.Information, "Saved settings {Keys} of installation {InstallationId}.")]
    public static partial void SettingsSaved(ILogger logger, string installationId, string keys);

    [LoggerMessage(1202, LogLevel.Information, "Uninstalled installation {InstallationId}; its orders and products stay in the warehouse.")]
    public static partial void Uninstalled(ILogger logger, string installationId);

    [LoggerMessage(1203, LogLevel.Information, "Created the configured default installation {InstallationId} of plugin {PluginId}.")]
    public static partial void DefaultInstallationCreated(ILogger logger, string installationId, string pluginId);

    [LoggerMessage(1204, LogLevel.Error, "The configured default installation {InstallationId} failed to set up: {Reason}")]
    public static partial void DefaultInstallationFailed(ILogger logger, string installationId, string reason);
}
