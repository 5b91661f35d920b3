using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.Abstractions.Webhooks;

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

    public IOrderSource? OrderSource => Services.GetService<IOrderSource>();

    public IProductSource? ProductSource => Services.GetService<IProductSource>();

    public IOrderPackedHandler? OrderPackedHandler => Services.GetService<IOrderPackedHandler>();

    public IWebhookHandler? WebhookHandler => Services.GetService<IWebhookHandler>();

    public IReadOnlyList<IScheduledTask> ScheduledTasks => [.. Services.GetServices<IScheduledTask>()];

    public async ValueTask DisposeAsync()
    {
        if (Services is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        _loader?.Dispose();
    }
}
