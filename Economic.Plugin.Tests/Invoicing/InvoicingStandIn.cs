using System.Text.Json.Nodes;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Invoicing;
using Economic.StandIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Economic.Plugin.Tests.Invoicing;

/// <summary>
/// The real plugin in a container, talking to a real e-conomic stand-in over HTTP. The agreement contains
/// the sample sent order 35071 with its customer and product, and retry delays are milliseconds.
/// </summary>
internal sealed class InvoicingStandIn : IAsyncDisposable
{
    public const string GrantToken = "grant-invoicing-3c1d";
    public const string AppSecretToken = "app-secret-invoicing-77ab";

    private readonly ServiceProvider _provider;

    private InvoicingStandIn(StandInServer standIn, bool switchedOn, Action<EconomicClientOptions>? configure)
    {
        StandIn = standIn;
        Agreement = standIn.AddAgreement(GrantToken, 9100001, "Lager Test ApS");

        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging(options => options.CollectRecordsForDisabledLogLevels = false);
        new EconomicPlugin().ConfigureServices(services);
        services.Configure<EconomicClientOptions>(options =>
        {
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            options.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
            options.TotalTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(options);
        });
        services.Configure<InvoicingOptions>(options =>
        {
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            options.MaxRetryDelay = TimeSpan.FromMilliseconds(100);
        });
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Plugin = new InvoicingInstallation(standIn.BaseUrl, AppSecretToken, GrantToken, switchedOn);
    }

    public StandInServer StandIn { get; }

    public StandInAgreement Agreement { get; }

    public InvoicingInstallation Plugin { get; }

    public IOrderPackedHandler Handler => _provider.GetRequiredService<IOrderPackedHandler>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public IReadOnlyList<StandInRequest> DraftPosts =>
        StandIn.Requests.Where(request => request.Method == "POST" && request.PathAndQuery.StartsWith("/invoices/drafts", StringComparison.Ordinal)).ToList();

    public static async Task<InvoicingStandIn> StartAsync(bool switchedOn = true, Action<EconomicClientOptions>? configure = null)
    {
        var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecretToken, SeedDemoAgreement = false });
        var fixture = new InvoicingStandIn(standIn, switchedOn, configure);
        PutSampleOrder(fixture.Agreement);

        return fixture;
    }

    public Task<PackedEventOutcome> PackAsync(OrderPackedEvent packedEvent) =>
        Handler.HandleOrderPackedAsync(Plugin.Installation, packedEvent, CancellationToken.None);

    public static OrderPackedEvent SamplePacked(decimal quantity = 1m) =>
        InvoicingSamples.Packed("35071", new PackedLine(1, "1", quantity));

    public void PutProduct(string productNumber, bool barred = false) =>
        Agreement.PutProduct(new JsonObject { ["productNumber"] = productNumber, ["name"] = "Vare " + productNumber, ["salesPrice"] = 1000m, ["barred"] = barred });

    public static JsonObject SampleOrder() => JsonNode.Parse(InvoicingSamples.ReadSample("order-sent-single.json"))!.AsObject();

    public IReadOnlyList<JsonObject> Drafts() => Agreement.DraftInvoices();

    /// <summary>Puts the sample sent order 35071 with its customer 1000 and product "1" into <paramref name="agreement"/>.</summary>
    public static void PutSampleOrder(StandInAgreement agreement)
    {
        agreement.PutCustomer(new JsonObject
        {
            ["customerNumber"] = 1000,
            ["name"] = "Møbelfabrikken A/S",
            ["currency"] = "DKK",
            ["vatZone"] = new JsonObject { ["vatZoneNumber"] = 1 },
            ["barred"] = false,
        });
        agreement.PutProduct(new JsonObject { ["productNumber"] = "1", ["name"] = "Product 1", ["salesPrice"] = 1000m });
        agreement.PutOrder(OrderStatus.Sent, SampleOrder());
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
