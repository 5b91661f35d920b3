namespace SmartPack.SampleHost.Plugins;

/// <summary>Where the host looks for plugins (configuration section "SampleHost").</summary>
internal sealed record PluginHostingOptions
{
    /// <summary>
    /// The folder holding one sub-folder per plugin, relative to the content root. When unset the host
    /// uses "plugins" under the content root, or under the application folder when the content root has none.
    /// </summary>
    public string? PluginsPath { get; init; }

    /// <summary>Returns the plugins folder as an absolute path.</summary>
    public string ResolvePluginsPath(string contentRootPath)
    {
        if (!string.IsNullOrWhiteSpace(PluginsPath))
        {
            return Path.GetFullPath(PluginsPath, contentRootPath);
        }

        var underContentRoot = Path.Combine(contentRootPath, "plugins");
        return Directory.Exists(underContentRoot) ? underContentRoot : Path.Combine(AppContext.BaseDirectory, "plugins");
    }
}
