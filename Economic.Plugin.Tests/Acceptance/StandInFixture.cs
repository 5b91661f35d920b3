using Economic.Plugin.Tests.EconomicApi;
using Economic.StandIn;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.Acceptance;

/// <summary>
/// One stand-in shared by the tests of a class, without the demo agreement. Each test adds agreements of
/// its own, and xunit runs the tests of one class one after another, so the request log and the faults
/// belong to the running test.
/// </summary>
public sealed class StandInFixture : IAsyncLifetime
{
    private static int s_nextAgreementNumber = 9_300_000;

    private StandInServer? _server;

    /// <summary>The clock that stamps lastUpdated. Tests move it forward to spread orders over time.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));

    public StandInServer Server => _server ?? throw new InvalidOperationException("The stand-in has not started.");

    public async Task InitializeAsync() => _server = await StandInServer.StartAsync(new StandInOptions
    {
        AppSecretToken = TestPlugin.AppSecretToken,
        SeedDemoAgreement = false,
        TimeProvider = Clock,
        RateLimitTokens = 1_000_000,
    });

    /// <summary>Adds an empty agreement with a grant token no other test uses, and clears faults and requests.</summary>
    public (StandInAgreement Agreement, string GrantToken) AddAgreement(string companyName)
    {
        var number = Interlocked.Increment(ref s_nextAgreementNumber);
        var grantToken = $"acceptance-grant-{number}";
        Server.Faults.Clear();
        Server.ClearRequests();

        return (Server.AddAgreement(grantToken, number, companyName), grantToken);
    }

    /// <summary>
    /// Adds generated orders in batches of 100 and moves the clock one hour after each batch, as orders
    /// arrive over a working day, so only the last batch falls inside the import's overlap window.
    /// </summary>
    public void AddOrdersOverTime(StandInAgreement agreement, OrderStatus status, int count)
    {
        ArgumentNullException.ThrowIfNull(agreement);

        for (var added = 0; added < count; added += 100)
        {
            agreement.AddGeneratedOrders(status, Math.Min(100, count - added));
            Clock.Advance(TimeSpan.FromHours(1));
        }
    }

    /// <summary>The requests the stand-in received for <paramref name="agreement"/>.</summary>
    public IReadOnlyList<StandInRequest> RequestsOf(StandInAgreement agreement) =>
        Server.Requests.Where(request => request.AgreementNumber == agreement.AgreementNumber).ToList();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
