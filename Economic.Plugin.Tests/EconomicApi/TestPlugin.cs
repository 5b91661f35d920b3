using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Economic.Plugin.Tests.EconomicApi;

/// <summary>
/// The plugin in a real container, as a host would build it, with millisecond retry delays, fake
/// logging and one installation backed by in-memory fakes.
/// </summary>
internal sealed class TestPlugin : IDisposable
{
    public const string AppSecretToken = "app-secret-5f1e9c2a";
    public const string GrantToken = "grant-token-8b7d3e41";

    private readonly ServiceProvider _provider;

    public TestPlugin(
        Uri baseUrl,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<EconomicClientOptions>? configure = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging(options => options.CollectRecordsForDisabledLogLevels = false);
        new EconomicPlugin().ConfigureServices(services);
        services.Configure<EconomicClientOptions>(options =>
        {
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            options.MaxRetryDelay = TimeSpan.FromSeconds(2);
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
            options.TotalTimeout = TimeSpan.FromSeconds(20);
            configure?.Invoke(options);
        });
        configureServices?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [EconomicConnectionSettings.ApiBaseUrlKey] = baseUrl.ToString(),
            [EconomicConnectionSettings.AppSecretTokenKey] = AppSecretToken,
            [EconomicConnectionSettings.GrantTokenKey] = GrantToken,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

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

    public IServiceProvider Services => _provider;

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    internal EconomicSession CreateSession() => _provider.GetRequiredService<EconomicSessionFactory>().Create(Installation);

    /// <summary>Every log text, with its structured values, to search for leaked secrets.</summary>
    public IEnumerable<string> AllLogText() =>
        Logs.GetSnapshot().SelectMany(record =>
            new[] { record.Message, record.Exception?.ToString() ?? string.Empty }
                .Concat(record.StructuredState?.Select(pair => pair.Value ?? string.Empty) ?? []));

    public void Dispose() => _provider.Dispose();
}
