using System.Runtime.Loader;
using Economic.Plugin.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SmartPack.SampleHost.Plugins;

namespace Economic.Plugin.Tests.Host;

public sealed class PluginLoadingTests
{
    [Fact]
    public void BuildOutput_PluginFolder_HasManifestAndNoContractCopy()
    {
        var files = Directory.GetFiles(BuiltPlugin.Folder).Select(Path.GetFileName).ToList();

        Assert.Contains("plugin.manifest.json", files);
        Assert.Contains("Economic.Plugin.dll", files);
        Assert.DoesNotContain("Economic.Plugin.Abstractions.dll", files);
    }

    [Fact]
    public async Task Load_BuiltPlugin_FindsEntryPointInOwnLoadContext()
    {
        await using var catalog = CreateLoader().Load(Path.GetDirectoryName(BuiltPlugin.Folder)!);

        var plugin = catalog.Get("Economic");

        Assert.Empty(catalog.Unavailable);
        Assert.NotNull(plugin.EntryPointType);
        Assert.Equal("Economic.Plugin.EconomicPlugin", plugin.EntryPointType.FullName);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(plugin.EntryPointType.Assembly));
        Assert.NotEqual(typeof(EconomicPlugin), plugin.EntryPointType);
    }

    [Fact]
    public async Task Load_BuiltPlugin_SharesHostContractTypes()
    {
        await using var catalog = CreateLoader().Load(Path.GetDirectoryName(BuiltPlugin.Folder)!);

        var entryPointType = catalog.Get("Economic").EntryPointType!;
        var configureServices = entryPointType.GetMethod(nameof(IPluginEntryPoint.ConfigureServices))!;

        Assert.Contains(typeof(IPluginEntryPoint), entryPointType.GetInterfaces());
        Assert.True(typeof(IPluginEntryPoint).IsAssignableFrom(entryPointType));
        Assert.Same(typeof(IServiceCollection), configureServices.GetParameters()[0].ParameterType);
        Assert.Same(typeof(IPluginEntryPoint).Assembly, entryPointType.GetInterfaces().Single().Assembly);
    }

    [Fact]
    public async Task Load_BuiltPlugin_ContainerGetsHostTimeProviderAndHttpClientFactory()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var loader = new PluginCatalogLoader(time, NullLoggerFactory.Instance);
        await using var catalog = loader.Load(Path.GetDirectoryName(BuiltPlugin.Folder)!);

        var services = catalog.Get("Economic").Services;

        Assert.Same(time, services.GetRequiredService<TimeProvider>());
        Assert.NotNull(services.GetRequiredService<IHttpClientFactory>());
    }

    private static PluginCatalogLoader CreateLoader() => new(TimeProvider.System, NullLoggerFactory.Instance);
}
