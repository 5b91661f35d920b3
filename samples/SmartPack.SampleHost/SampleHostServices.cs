using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartPack.SampleHost.Admin;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Packing;
using SmartPack.SampleHost.Plugins;
using SmartPack.SampleHost.Scheduling;
using SmartPack.SampleHost.Storage;
using SmartPack.SampleHost.Warehouse;

namespace SmartPack.SampleHost;

/// <summary>Registers every feature of the sample host.</summary>
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
        services.AddAdminPages();
        services.AddPacking(configuration);
        services.AddSingleton<SqliteProductList>();

        return services;
    }
}
