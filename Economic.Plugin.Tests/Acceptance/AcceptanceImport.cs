using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Tests.EconomicApi;
using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin.Tests.Acceptance;

/// <summary>Builds the plugin against a stand-in agreement and runs its order import.</summary>
internal static class AcceptanceImport
{
    public static TestPlugin CreatePlugin(StandInFixture standIn, string grantToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.Ordinal)
        {
            [EconomicConnectionSettings.GrantTokenKey] = grantToken,
        };

        return new TestPlugin(standIn.Server.BaseUrl, values);
    }

    public static Task<ImportResult> ImportAsync(TestPlugin plugin) =>
        plugin.Services.GetRequiredService<IOrderSource>().ImportOrdersAsync(plugin.Installation, ImportMode.Incremental, CancellationToken.None);

    /// <summary>Returns the numbers of the orders in a stand-in list, as the warehouse keys them.</summary>
    public static List<string> OrderNumbers(IEnumerable<System.Text.Json.Nodes.JsonObject> orders) =>
        orders.Select(order => order["orderNumber"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();
}
