using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Tests.Fakes;

namespace Economic.Plugin.Tests.Invoicing;

/// <summary>One installation of the plugin with in-memory state, sync log and warehouse, pointed at a loopback e-conomic.</summary>
internal sealed class InvoicingInstallation
{
    public InvoicingInstallation(Uri baseUrl, string appSecretToken, string grantToken, bool createInvoiceDrafts)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [EconomicConnectionSettings.ApiBaseUrlKey] = baseUrl.ToString(),
            [EconomicConnectionSettings.AppSecretTokenKey] = appSecretToken,
            [EconomicConnectionSettings.GrantTokenKey] = grantToken,
            ["createInvoiceDraftWhenPacked"] = createInvoiceDrafts ? "true" : "false",
        };
        Installation = new InstallationContext(
            "installation-1",
            new PluginSettings(values, [EconomicConnectionSettings.AppSecretTokenKey, EconomicConnectionSettings.GrantTokenKey]),
            State,
            SyncLog,
            Warehouse);
    }

    public InMemoryStateStore State { get; } = new();

    public InMemorySyncLog SyncLog { get; } = new();

    public InMemoryWarehouse Warehouse { get; } = new();

    public InstallationContext Installation { get; }
}
