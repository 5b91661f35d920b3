namespace SmartPack.SampleHost.Installations;

/// <summary>One installed plugin for one shop.</summary>
/// <param name="Id">The host's id of the installation, stable across restarts.</param>
/// <param name="PluginId">The manifest id of the installed plugin.</param>
/// <param name="InstalledAt">When the plugin was installed.</param>
internal sealed record Installation(string Id, string PluginId, DateTimeOffset InstalledAt);
