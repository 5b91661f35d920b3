using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Tests.Fakes;
using Economic.StandIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.StockValue;

/// <summary>
/// The plugin in a real container, talking over HTTP to a real stand-in that shares its fake clock,
/// with one installation whose stock value the test sets.
/// </summary>
internal sealed class StockValueHarness : IAsyncDisposable
{
    public const string GrantToken = "grant-stock-value-2f9c";
    public const string AppSecretToken = "app-secret-stock-value-7d1a";

    private readonly ServiceProvider _provider;

    private StockValueHarness(StandInServer standIn, FakeTimeProvider time, IReadOnlyDictionary<string, string?> settings)
    {
        StandIn = standIn;
        Time = time;
        Agreement = standIn.AddAgreement(GrantToken, 9200042, "Lagertest ApS");

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddFakeLogging();
        new EconomicPlugin().ConfigureServices(services);
        services.Configure<EconomicClientOptions>(options =>
        {
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            options.MaxRetryAttempts = 2;
        });
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["apiBaseUrl"] = standIn.BaseUrl.ToString(),
            ["appSecretToken"] = AppSecretToken,
            ["grantToken"] = GrantToken,
            ["stockValueEnabled"] = "true",
            ["stockValueJournalNumber"] = "4",
            ["stockValueFrequency"] = "monthly",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        Settings = new PluginSettings(values, ["appSecretToken", "grantToken"]);
        InstallationWarehouse = Warehouse;
    }

    public StandInServer StandIn { get; }

    public StandInAgreement Agreement { get; }

    public FakeTimeProvider Time { get; }

    public PluginSettings Settings { get; }

    public StoppingStateStore State { get; } = new(new InMemoryStateStore());

    public InMemorySyncLog SyncLog { get; } = new();

    public StockOnlyWarehouse Warehouse { get; } = new();

    /// <summary>The warehouse the installation reads its stock value from; <see cref="Warehouse"/> unless a test sets another.</summary>
    public IWarehouse InstallationWarehouse { get; set; } = null!;

    public InstallationContext Installation => new("installation-stock-1", Settings, State, SyncLog, InstallationWarehouse);

    public IScheduledTask Task => _provider.GetServices<IScheduledTask>().Single(task => task.Name == "stock-value");

    public ISettingsValidator Validator => _provider.GetServices<ISettingsValidator>().Single();

    public ISettingChoicesProvider Choices => _provider.GetServices<ISettingChoicesProvider>().Single();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    /// <summary>The vouchers the stand-in stored in the stock value journal.</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonObject> Vouchers => Agreement.Vouchers(4);

    public static async Task<StockValueHarness> StartAsync(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(now);
        var standIn = await StandInServer.StartAsync(new StandInOptions
        {
            AppSecretToken = AppSecretToken,
            SeedDemoAgreement = false,
            TimeProvider = time,
        });

        return new StockValueHarness(standIn, time, settings ?? new Dictionary<string, string?>());
    }

    /// <summary>Sets the clock and the stock value, then runs the task as the schedule would.</summary>
    public Task<ScheduledTaskResult> RunAtAsync(DateTimeOffset now, decimal stockValue, ScheduledRunTrigger trigger = ScheduledRunTrigger.Schedule)
    {
        Time.SetUtcNow(now);
        Warehouse.TotalValue = stockValue;

        return Task.RunAsync(Installation, trigger, CancellationToken.None);
    }

    /// <summary>Sets the clock and runs the task against the current contents of <see cref="InstallationWarehouse"/>.</summary>
    public Task<ScheduledTaskResult> RunAtAsync(DateTimeOffset now)
    {
        Time.SetUtcNow(now);

        return Task.RunAsync(Installation, ScheduledRunTrigger.Schedule, CancellationToken.None);
    }

    /// <summary>The POST requests the stand-in received for the stock value journal.</summary>
    public int VoucherPosts() =>
        StandIn.Requests.Count(request => request.Method == "POST" && request.PathAndQuery.StartsWith("/journals/4/vouchers", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
