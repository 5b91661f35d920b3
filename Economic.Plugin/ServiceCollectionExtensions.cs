using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.EconomicApi.Internal;
using Economic.Plugin.Orders;
using Economic.Plugin.StockValue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Economic.Plugin;

/// <summary>Registers the plugin's services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the e-conomic client and every feature of the plugin to <paramref name="services"/>.</summary>
    /// <remarks>The host supplies <see cref="TimeProvider"/>, logging and <c>IHttpClientFactory</c>.</remarks>
    public static IServiceCollection AddEconomicPlugin(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddEconomicClient();
        services.AddOptions<OrderImportOptions>();
        services.TryAddSingleton<IOrderSource, EconomicOrderSource>();
        services.AddStockValuePosting();

        return services;
    }

    private static void AddEconomicClient(this IServiceCollection services)
    {
        // The named client's handlers would be added twice by a second call, so the client is set up once.
        if (services.Any(service => service.ServiceType == typeof(EconomicSessionFactory)))
        {
            return;
        }

        services.AddOptions<EconomicClientOptions>()
            .Validate(options => options.PageSize is >= 1 and <= EconomicPaging.MaxPageSize, "PageSize must be between 1 and 1000.")
            .Validate(options => options.MaxRetryAttempts >= 0, "MaxRetryAttempts must not be negative.")
            .ValidateOnStart();
        services.AddTransient<EconomicCallCountingHandler>();
        services.AddSingleton<EconomicSessionFactory>();
        services.AddHttpClient(EconomicSessionFactory.HttpClientName)
            // The default HttpClient loggers put raw header values, tokens included, into the structured state
            // of their Trace records, even when the message text redacts them. So the client logs through Log.
            .RemoveAllLoggers()
            .AddResilienceHandler(EconomicResilience.PipelineName, EconomicResilience.Configure);

        // Added after the resilience handler, so it runs inside it and counts every retry.
        services.AddHttpClient(EconomicSessionFactory.HttpClientName)
            .AddHttpMessageHandler<EconomicCallCountingHandler>();
    }
}
