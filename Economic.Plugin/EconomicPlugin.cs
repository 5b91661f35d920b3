using Economic.Plugin.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin;

/// <summary>The plugin's entry point: registers the e-conomic integration in the host's container.</summary>
public sealed class EconomicPlugin : IPluginEntryPoint
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddEconomicPlugin();
    }
}
