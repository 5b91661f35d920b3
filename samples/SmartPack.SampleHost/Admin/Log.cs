namespace SmartPack.SampleHost.Admin;

internal static partial class Log
{
    [LoggerMessage(1500, LogLevel.Warning, "An admin login from {RemoteAddress} failed: wrong password.")]
    public static partial void LoginFailed(ILogger logger, string? remoteAddress);

    [LoggerMessage(1501, LogLevel.Information, "The admin password was set on the setup page from {RemoteAddress}.")]
    public static partial void PasswordSetUp(ILogger logger, string? remoteAddress);

    [LoggerMessage(1502, LogLevel.Warning, "The {Check} of plugin {PluginId} failed; the settings page shows the reason.")]
    public static partial void PluginCheckFailed(ILogger logger, Exception exception, string check, string pluginId);

    [LoggerMessage(1503, LogLevel.Information, "Rejected the settings of installation {InstallationId}: invalid fields {Keys}, connection {Connection}.")]
    public static partial void SettingsRejected(ILogger logger, string installationId, string keys, string connection);

    [LoggerMessage(1504, LogLevel.Information, "Marked order {OrderNumber} of installation {InstallationId} packed.")]
    public static partial void OrderMarkedPacked(ILogger logger, string orderNumber, string installationId);
}
