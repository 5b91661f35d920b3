using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SmartPack.SampleHost;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;

namespace Economic.Plugin.Tests.Host;

/// <summary>
/// The sample host's services on a real SQLite file in a temporary folder, with a fake clock and a
/// log collector. Plugins come from a plugins folder on disk or from one plugin built in memory.
/// </summary>
internal sealed class HostTestEnvironment : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public HostTestEnvironment(
        LoadedPlugin? plugin = null, string? pluginsFolder = null, IDictionary<string, string?>? settings = null, FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(Start);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SampleHost:DatabasePath"] = _folder.Combine("data", "smartpack.db"),
                ["SampleHost:PluginsPath"] = pluginsFolder ?? _folder.Combine("plugins"),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddSampleHost(configuration, _folder.Path);
        if (plugin is not null)
        {
            services.AddSingleton(new PluginCatalog([plugin], []));
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; }

    public string DatabasePath => _folder.Combine("data", "smartpack.db");

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public InstallationService Installations => Get<InstallationService>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Returns the bytes of the database file and its write-ahead log, where recent writes sit until a checkpoint.</summary>
    public byte[] ReadDatabaseBytes()
    {
        using var bytes = new MemoryStream();
        foreach (var path in new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            file.CopyTo(bytes);
        }

        return bytes.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Dispose();
    }
}
