using System.Globalization;
using System.Text.Json.Nodes;
using Economic.Plugin.Tests.EconomicApi;
using Economic.Plugin.Tests.Host;
using Economic.StandIn;
using SmartPack.SampleHost.Scheduling;

namespace Economic.Plugin.Tests.Acceptance;

public sealed class TwoInstallationsAcceptanceTests(StandInFixture standIn) : IClassFixture<StandInFixture>
{
    [Fact]
    public async Task StartupImport_TwoInstallations_KeepEachAgreementsOrders()
    {
        var (shopA, grantA) = standIn.AddAgreement("Butik A ApS");
        var (shopB, grantB) = standIn.AddAgreement("Butik B ApS");
        shopA.AddGeneratedOrders(OrderStatus.Sent, 12);
        shopB.AddGeneratedOrders(OrderStatus.Sent, 7);
        await using var host = new HostTestEnvironment(
            pluginsFolder: Path.GetDirectoryName(BuiltPlugin.Folder),
            settings: new Dictionary<string, string?>
            {
                ["Plugins:Economic:ApiBaseUrl"] = standIn.Server.BaseUrl.ToString(),
                ["Plugins:Economic:AppSecretToken"] = TestPlugin.AppSecretToken,
            });
        await InstallAsync(host, "shop-a", grantA);
        await InstallAsync(host, "shop-b", grantB);

        var outcomes = await host.Get<StartupImport>().RunAsync(CancellationToken.None);

        Assert.Equal(shopB.Orders(OrderStatus.Sent).Select(Number), shopA.Orders(OrderStatus.Sent).Take(7).Select(Number));
        Assert.Equal(["shop-a", "shop-b"], outcomes.Select(outcome => outcome.InstallationId));
        Assert.All(outcomes, outcome => Assert.True(outcome.Outcome.Succeeded, outcome.Outcome.Message));
        Assert.Equal(12, outcomes[0].Outcome.Counts!.Inserted);
        Assert.Equal(7, outcomes[1].Outcome.Counts!.Inserted);
        await AssertSameOrdersAsync(host, "shop-a", shopA);
        await AssertSameOrdersAsync(host, "shop-b", shopB);
    }

    private static async Task InstallAsync(HostTestEnvironment host, string installationId, string grantToken)
    {
        await host.Installations.InstallAsync("Economic", installationId, CancellationToken.None);
        await host.Installations.SaveSettingsAsync(
            installationId, new Dictionary<string, string?> { ["grantToken"] = grantToken }, CancellationToken.None);
    }

    private static async Task AssertSameOrdersAsync(HostTestEnvironment host, string installationId, StandInAgreement agreement)
    {
        var stored = (await host.Installations.GetWarehouse(installationId).Orders.ListAsync(CancellationToken.None))
            .ToDictionary(order => order.Order.OrderNumber, order => order.Order, StringComparer.Ordinal);
        var expected = agreement.Orders(OrderStatus.Sent);
        var customers = agreement.Customers().ToDictionary(customer => customer["customerNumber"]!.GetValue<int>());

        Assert.Equal(expected.Count, stored.Count);
        foreach (var order in expected)
        {
            var number = order["orderNumber"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
            var customer = customers[order["customer"]!["customerNumber"]!.GetValue<int>()];
            Assert.Equal(customer["name"]!.GetValue<string>(), stored[number].Customer.Name);
            Assert.Equal(Skus(order), stored[number].Lines.Select(line => line.Sku));
        }
    }

    private static int Number(JsonObject order) => order["orderNumber"]!.GetValue<int>();

    private static IEnumerable<string> Skus(JsonObject order) =>
        order["lines"]!.AsArray()
            .Select(line => line!["product"]?["productNumber"]?.GetValue<string>())
            .OfType<string>();
}
