namespace SmartPack.SampleHost.Plugins;

internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Loaded plugin {PluginId} {Version} from {Folder}.")]
    public static partial void PluginLoaded(ILogger logger, string pluginId, string version, string folder);

    [LoggerMessage(1001, LogLevel.Error, "The plugin in {Folder} is unavailable: {Reason}")]
    public static partial void PluginUnavailable(ILogger logger, string folder, string reason);

    [LoggerMessage(1002, LogLevel.Warning, "The plugins folder {Folder} does not exist, so no plugin is loaded. Build the host or set SampleHost:PluginsPath.")]
    public static partial void PluginsFolderMissing(ILogger logger, string folder);
}
