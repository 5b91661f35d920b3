using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.Tests.Fakes;
using Economic.Plugin.Tests.Host;
using Economic.StandIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SmartPack.SampleHost.Plugins;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueBuiltPluginTests
{
    private const string AppSecret = "app-secret-built-3e7a";
    private const string Grant = "grant-built-91b0";

    [Fact]
    public async Task BuiltPlugin_StockValueTask_PostsRise()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 28, 1, 30, 0, TimeSpan.Zero));
        await using var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecret, SeedDemoAgreement = false, TimeProvider = time });
        var agreement = standIn.AddAgreement(Grant, 9200099, "Indlæst ApS");
        await using var catalog = new PluginCatalogLoader(time, NullLoggerFactory.Instance).Load(Path.GetDirectoryName(BuiltPlugin.Folder)!);
        var services = catalog.Get("Economic").Services;
        var task = services.GetServices<IScheduledTask>().Single(candidate => candidate.Name == "stock-value");
        var warehouse = new StockOnlyWarehouse { TotalValue = 10_000m };
        var installation = Installation(standIn.BaseUrl, warehouse);

        await task.RunAsync(installation, ScheduledRunTrigger.Schedule, CancellationToken.None);
        time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 0, 30, 0, TimeSpan.Zero));
        warehouse.TotalValue = 11_234.50m;
        var result = await task.RunAsync(installation, ScheduledRunTrigger.Manual, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Stock value posting", task.DisplayName);
        Assert.Equal(1234.50m, Assert.Single(agreement.Vouchers(4))["entries"]!["financeVouchers"]![0]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task BuiltPlugin_SettingsValidator_SharesContractType()
    {
        await using var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecret, SeedDemoAgreement = false });
        var agreement = standIn.AddAgreement(Grant, 9200099, "Indlæst ApS");
        agreement.SetAccountBarred(5520, barred: true);
        await using var catalog = new PluginCatalogLoader(TimeProvider.System, NullLoggerFactory.Instance).Load(Path.GetDirectoryName(BuiltPlugin.Folder)!);
        var validator = catalog.Get("Economic").Services.GetServices<ISettingsValidator>().Single();

        var errors = await validator.ValidateAsync(Installation(standIn.BaseUrl, new StockOnlyWarehouse()), CancellationToken.None);

        Assert.Equal("stockValueDebitAccount", Assert.Single(errors).Key);
    }

    private static InstallationContext Installation(Uri baseUrl, IWarehouse warehouse)
    {
        var settings = new PluginSettings(
            new Dictionary<string, string?>
            {
                ["apiBaseUrl"] = baseUrl.ToString(),
                ["appSecretToken"] = AppSecret,
                ["grantToken"] = Grant,
                ["stockValueEnabled"] = "true",
                ["stockValueJournalNumber"] = "4",
            },
            ["appSecretToken", "grantToken"]);

        return new InstallationContext("installation-built-1", settings, new InMemoryStateStore(), new InMemorySyncLog(), warehouse);
    }
}
