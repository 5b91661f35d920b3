using System.Runtime.Loader;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SmartPack.SampleHost.Plugins;

namespace Economic.Plugin.Tests.Acceptance;

public sealed class PluginOrderSourceLoadingTests
{
    [Fact]
    public async Task Load_BuiltPlugin_OrderSourceInOwnContext()
    {
        var loader = new PluginCatalogLoader(TimeProvider.System, NullLoggerFactory.Instance);
        await using var catalog = loader.Load(Path.GetDirectoryName(BuiltPlugin.Folder)!);
        var plugin = catalog.Get("Economic");
        await using var scope = plugin.CreateScope();

        var source = scope.ServiceProvider.GetRequiredService<IOrderSource>();

        Assert.Empty(catalog.Unavailable);
        Assert.True(plugin.HasService<IOrderSource>());
        var type = source.GetType();
        Assert.Equal("Economic.Plugin.Orders.EconomicOrderSource", type.FullName);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(type.Assembly));
        Assert.Same(AssemblyLoadContext.GetLoadContext(plugin.EntryPointType!.Assembly), AssemblyLoadContext.GetLoadContext(type.Assembly));
        Assert.NotEqual(typeof(EconomicPlugin).Assembly, type.Assembly);
    }
}
