using Economic.Plugin.Abstractions.Orders;

namespace SmartPack.SampleHost.Plugins;

/// <summary>
/// A plugin that loaded, with the container its entry point configured. Each plugin gets a container
/// of its own, so two plugins never replace each other's <see cref="IOrderSource"/>.
/// </summary>
internal sealed class LoadedPlugin : IAsyncDisposable
{
    private readonly IDisposable? _loader;

    public LoadedPlugin(PluginManifest manifest, IServiceProvider services, Type? entryPointType = null, IDisposable? loader = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(services);

        Manifest = manifest;
        Services = services;
        EntryPointType = entryPointType;
        _loader = loader;
    }

    public PluginManifest Manifest { get; }

    public string Id => Manifest.Id;

    /// <summary>The plugin's IPluginEntryPoint implementation, loaded in the plugin's own load context; null for a plugin built in memory.</summary>
    public Type? EntryPointType { get; }

    /// <summary>The plugin's container: the host's time provider, logging and HTTP client factory plus the plugin's own services.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Returns whether the plugin registered <typeparamref name="TService"/>, such as IOrderSource, without creating it.</summary>
    public bool HasService<TService>() => Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(TService));

    /// <summary>
    /// Creates a scope for one call into the plugin. The host resolves the plugin's services from a
    /// scope per call, so a plugin may register them as scoped or transient as well as singleton.
    /// </summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        if (Services is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        _loader?.Dispose();
    }
}
