using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using SmartPack.SampleHost.Packing;
using SmartPack.SampleHost.Plugins;

namespace Economic.Plugin.Tests.Invoicing;

/// <summary>The sample host on a real SQLite file with a scripted packed-event handler and order 1042 (4 × A100) in the warehouse.</summary>
internal sealed class PackingHost : IAsyncDisposable
{
    private PackingHost(HostTestEnvironment host, ScriptedPackedHandler handler)
    {
        Host = host;
        Handler = handler;
    }

    public HostTestEnvironment Host { get; }

    public ScriptedPackedHandler Handler { get; }

    public PackingService Packing => Host.Get<PackingService>();

    public PackedEventDispatcher Dispatcher => Host.Get<PackedEventDispatcher>();

    public static async Task<PackingHost> StartAsync()
    {
        var handler = new ScriptedPackedHandler();
        var services = new ServiceCollection();
        services.AddSingleton<IOrderPackedHandler>(handler);
        var host = new HostTestEnvironment(new LoadedPlugin(TestPlugins.Manifest, services.BuildServiceProvider()));
        await host.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);
        await host.Installations.GetWarehouse("shop-a").UpsertOrderAsync(TestOrders.Create("1042", quantity: 4m), CancellationToken.None);

        return new PackingHost(host, handler);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
