using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.EconomicApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddEconomicPlugin_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();

        services.AddEconomicPlugin();
        services.AddEconomicPlugin();

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.IsType<Plugin.Orders.EconomicOrderSource>(provider.GetRequiredService<IOrderSource>());
        Assert.Single(services, service => service.ServiceType == typeof(EconomicSessionFactory));
        var builderActions = provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>()
            .Get(EconomicSessionFactory.HttpClientName).HttpMessageHandlerBuilderActions;
        // One action adds the resilience handler and one the call counter; a second registration would double them.
        Assert.Equal(2, builderActions.Count);
    }
}
