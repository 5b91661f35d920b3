using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin;

/// <summary>Registers the plugin's services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the e-conomic client and every feature of the plugin to <paramref name="services"/>.</summary>
    public static IServiceCollection AddEconomicPlugin(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        return services;
    }
}
