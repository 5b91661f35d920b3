using Economic.Plugin.Tests.EconomicApi;
using Economic.StandIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.Products;

/// <summary>
/// A real e-conomic stand-in on loopback with one empty agreement, and the plugin in a real container
/// that talks to it. The stand-in stamps <c>lastUpdated</c> from a fake clock that starts two hours
/// before the real time; the plugin runs on the real clock, because its retry pipeline waits on it.
/// </summary>
internal sealed class StandInTestBed : IAsyncDisposable
{
    public const int AgreementNumber = 9100001;

    private StandInTestBed(StandInServer standIn, TestPlugin plugin, FakeTimeProvider time)
    {
        StandIn = standIn;
        Plugin = plugin;
        Time = time;
        Agreement = standIn.AddAgreement(TestPlugin.GrantToken, AgreementNumber, "Lager og Varer ApS");
    }

    public StandInServer StandIn { get; }

    public StandInAgreement Agreement { get; }

    public TestPlugin Plugin { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<StandInTestBed> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(-2));
        var standIn = await StandInServer.StartAsync(new StandInOptions
        {
            AppSecretToken = TestPlugin.AppSecretToken,
            SeedDemoAgreement = false,
            TimeProvider = time,
        });
        var plugin = new TestPlugin(standIn.BaseUrl, settings, configureServices: configureServices);

        return new StandInTestBed(standIn, plugin, time);
    }

    /// <summary>Moves the stand-in's clock to the real time, so changes from now on count as new to the plugin.</summary>
    public void CatchUpClock() => Time.SetUtcNow(TimeProvider.System.GetUtcNow());

    /// <summary>The product requests the stand-in received: collection reads and single reads.</summary>
    public IReadOnlyList<StandInRequest> ProductRequests() =>
        [.. StandIn.Requests.Where(request => request.PathAndQuery.StartsWith("/products", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        Plugin.Dispose();
        await StandIn.DisposeAsync();
    }
}
