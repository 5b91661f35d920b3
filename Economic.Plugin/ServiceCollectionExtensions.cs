using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.Abstractions.Webhooks;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.EconomicApi.Internal;
using Economic.Plugin.Invoicing;
using Economic.Plugin.Orders;
using Economic.Plugin.Products;
using Economic.Plugin.Setup;
using Economic.Plugin.StockValue;
using Economic.Plugin.Webhooks;
using Economic.Plugin.Webhooks.Internal;
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
        services.TryAddSingleton<IConnectionTester, EconomicConnectionTester>();
        services.AddProductSync();
        services.AddInvoiceDrafts();
        services.AddStockValuePosting();
        services.AddWebhooks();

        return services;
    }

    private static void AddProductSync(this IServiceCollection services)
    {
        services.AddOptions<ProductSyncOptions>();
        services.TryAddSingleton<IProductSource, EconomicProductSource>();
    }

    private static void AddInvoiceDrafts(this IServiceCollection services)
    {
        services.AddOptions<InvoicingOptions>()
            .Validate(options => options.ClaimLease > TimeSpan.Zero, "ClaimLease must be positive.")
            .Validate(
                options => options.RetryBaseDelay > TimeSpan.Zero && options.MaxRetryDelay >= options.RetryBaseDelay,
                "RetryBaseDelay must be positive and at most MaxRetryDelay.")
            .ValidateOnStart();
        services.TryAddSingleton<InvoiceDraftWorkflow>();
        services.TryAddSingleton<IOrderPackedHandler, EconomicOrderPackedHandler>();
    }

    private static void AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookQueueOptions>()
            .Validate(options => options.NotFoundRetryDelays.All(delay => delay >= TimeSpan.Zero), "NotFoundRetryDelays must not be negative.")
            .Validate(options => options.MaxPassesPerRun >= 1, "MaxPassesPerRun must be at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton<WebhookQueue>();
        services.TryAddSingleton<WebhookQueuePause>();
        services.TryAddSingleton<WebhookQueueProcessor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueuedRecordHandler, ProductRecordHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueuedRecordHandler, OrderRecordHandler>());
        services.TryAddSingleton<IWebhookHandler, EconomicWebhookHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledTask, WebhookQueueTask>());
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
