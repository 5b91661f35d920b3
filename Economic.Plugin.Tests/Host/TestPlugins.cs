using Economic.Plugin.Abstractions.Orders;
using Microsoft.Extensions.DependencyInjection;
using SmartPack.SampleHost.Plugins;

namespace Economic.Plugin.Tests.Host;

/// <summary>Plugins built in memory, for host tests that need a plugin whose behaviour they control.</summary>
internal static class TestPlugins
{
    public const string Id = "Test";

    public static PluginManifest Manifest { get; } = new()
    {
        Id = Id,
        DisplayName = "Test plugin",
        Version = "1.0.0",
        EntryAssembly = "Test.Plugin.dll",
        ContractVersion = "1.0",
        Settings =
        [
            new PluginSettingDefinition { Key = "grantToken", Type = "string", Secret = true, Required = true },
            new PluginSettingDefinition { Key = "appSecretToken", Type = "string", Secret = true, Source = "host" },
            new PluginSettingDefinition { Key = "importDraftOrders", Type = "bool", Default = "false" },
            new PluginSettingDefinition { Key = "journalNumber", Type = "int" },
            new PluginSettingDefinition { Key = "frequency", Type = "enum", Default = "monthly", Options = ["daily", "monthly"] },
            new PluginSettingDefinition { Key = "webhookSecret", Type = "string", Secret = true, Generated = true },
        ],
    };

    public static LoadedPlugin WithOrderSource(IOrderSource orderSource) =>
        WithServices(services => services.AddSingleton(orderSource));

    /// <summary>Builds a plugin from registrations, with scope validation on as the host's loader has it.</summary>
    public static LoadedPlugin WithServices(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);

        return new LoadedPlugin(Manifest, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }
}
