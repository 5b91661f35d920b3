namespace SmartPack.SampleHost.Plugins;

/// <summary>The plugins found at start: those that loaded, and those that did not with the reason.</summary>
internal sealed class PluginCatalog : IAsyncDisposable
{
    private readonly Dictionary<string, LoadedPlugin> _plugins;

    public PluginCatalog(IEnumerable<LoadedPlugin> plugins, IEnumerable<UnavailablePlugin> unavailable)
    {
        _plugins = plugins.ToDictionary(plugin => plugin.Id, StringComparer.Ordinal);
        Unavailable = [.. unavailable];
    }

    public IReadOnlyCollection<LoadedPlugin> Plugins => _plugins.Values;

    public IReadOnlyList<UnavailablePlugin> Unavailable { get; }

    public LoadedPlugin? Find(string pluginId) => _plugins.GetValueOrDefault(pluginId);

    /// <exception cref="InvalidOperationException">No plugin with <paramref name="pluginId"/> loaded.</exception>
    public LoadedPlugin Get(string pluginId) =>
        Find(pluginId) ?? throw new InvalidOperationException(
            $"The plugin '{pluginId}' is not loaded. Check the plugins folder and the host's start-up log for the reason.");

    public async ValueTask DisposeAsync()
    {
        foreach (var plugin in _plugins.Values)
        {
            await plugin.DisposeAsync();
        }
    }
}
