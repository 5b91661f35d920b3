using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Packing;
using SmartPack.SampleHost.Plugins;
using SmartPack.SampleHost.Scheduling;
using SmartPack.SampleHost.Storage;
using SmartPack.SampleHost.Warehouse;

namespace SmartPack.SampleHost;

/// <summary>Registers every feature of the sample host except the admin area, which needs the web host (see SampleHostApp.Build).</summary>
internal static class SampleHostServices
{
    public static IServiceCollection AddSampleHost(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.TryAddSingleton(configuration);
        services.AddPluginHosting(configuration, contentRootPath);
        services.AddWarehouseStorage(configuration, contentRootPath);
        services.AddInstallations();
        services.AddScheduler(configuration);
        services.AddSingleton<StartupImport>();
        services.AddSingleton<StockAdjustmentService>();
        services.AddPacking(configuration);

        return services;
    }
}
