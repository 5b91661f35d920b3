using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SmartPack.SampleHost.Plugins;

/// <summary>Registers plugin loading.</summary>
internal static class PluginHostingExtensions
{
    /// <summary>
    /// Adds the <see cref="PluginCatalog"/>, loaded once from the plugins folder when first resolved.
    /// The host's TimeProvider, logging and IHttpClientFactory are registered here too, because every
    /// plugin's container receives them.
    /// </summary>
    public static IServiceCollection AddPluginHosting(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);

        var options = configuration.GetSection("SampleHost").Get<PluginHostingOptions>() ?? new PluginHostingOptions();
        var pluginsFolder = options.ResolvePluginsPath(contentRootPath);

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpClient();
        services.AddSingleton<PluginCatalogLoader>();
        services.AddSingleton(provider => provider.GetRequiredService<PluginCatalogLoader>().Load(pluginsFolder));

        return services;
    }
}
