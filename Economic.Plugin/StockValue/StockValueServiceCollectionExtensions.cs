using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.StockValue.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Economic.Plugin.StockValue;

/// <summary>Registers stock value posting: its scheduled task, its settings validator and the journal and account choices.</summary>
internal static class StockValueServiceCollectionExtensions
{
    public static IServiceCollection AddStockValuePosting(this IServiceCollection services)
    {
        services.TryAddSingleton<StockValuePoster>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledTask, StockValueTask>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISettingsValidator, StockValueSettingsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISettingChoicesProvider, StockValueChoicesProvider>());

        return services;
    }
}
