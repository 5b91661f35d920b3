using Economic.StandIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SmartPack.SampleHost;

namespace Economic.Plugin.Tests.Admin.Infrastructure;

/// <summary>
/// The real sample host on 127.0.0.1 with a free port: a temp SQLite folder, the Economic plugin
/// loaded from the host's build output, every log line captured, and e-conomic's address pointing
/// at a stand-in when one is given.
/// </summary>
internal sealed class SampleHostUnderTest : IAsyncDisposable
{
    public const string AppPublicToken = "app-public-token-for-tests";

    private SampleHostUnderTest(RunningWebApp app, CapturedLogs logs, string dataFolder)
    {
        App = app;
        Logs = logs;
        DataFolder = dataFolder;
    }

    public RunningWebApp App { get; }

    public CapturedLogs Logs { get; }

    public string DataFolder { get; }

    public string DatabasePath => Path.Combine(DataFolder, "data", "smartpack.db");

    public Uri Url(string relative) => App.Url(relative);

    public static async Task<SampleHostUnderTest> StartAsync(
        string dataFolder, string? adminPassword, StandInServer? standIn = null, string? pluginsFolder = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SampleHostApp).Assembly.GetName().Name,
            EnvironmentName = "Test",
            ContentRootPath = dataFolder,
        });
        var settings = new Dictionary<string, string?>
        {
            ["SampleHost:DatabasePath"] = Path.Combine(dataFolder, "data", "smartpack.db"),
            ["SampleHost:PluginsPath"] = pluginsFolder ?? BuiltPluginsFolder(),
            ["SampleHost:AdminPassword"] = adminPassword ?? string.Empty,
            ["Plugins:Economic:AppPublicToken"] = AppPublicToken,

            // The scheduler wakes only after a run, so "sync now" is the first import and its counts are exact.
            ["SampleHost:Scheduler:MaxIdle"] = "01:00:00",
            ["SampleHost:Scheduler:OrderImportInterval"] = "01:00:00",
            ["SampleHost:Scheduler:ProductSyncInterval"] = "01:00:00",
        };
        if (standIn is not null)
        {
            settings["Plugins:Economic:ApiBaseUrl"] = standIn.BaseUrl.ToString();
            settings["Plugins:Economic:AppSecretToken"] = new StandInOptions().AppSecretToken;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);

        var app = await RunningWebApp.StartAsync(SampleHostApp.Build(builder));
        return new SampleHostUnderTest(app, logs, dataFolder);
    }

    /// <summary>Reads every file of the host's SQLite database (main file, -wal and -shm) while the host runs.</summary>
    public byte[] ReadDatabaseFiles()
    {
        var bytes = new List<byte>();
        foreach (var path in Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!, "smartpack.db*"))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes.AddRange(copy.ToArray());
        }

        return [.. bytes];
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    /// <summary>The plugins folder the host's build fills with the Economic plugin and its manifest; tests load that copy from disk, as the host does.</summary>
    public static string BuiltPluginsFolder()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var candidates = new List<string> { Path.Combine(testOutput.FullName, "plugins") };
        for (var folder = testOutput; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Economic.sln")))
            {
                // The test output is bin/<configuration>/<framework>, and the host builds into the same sub-path.
                var configuration = testOutput.Parent!.Name;
                candidates.Add(Path.Combine(folder.FullName, "samples", "SmartPack.SampleHost", "bin", configuration, testOutput.Name, "plugins"));
                break;
            }
        }

        return candidates.FirstOrDefault(candidate => Directory.Exists(Path.Combine(candidate, "Economic")))
            ?? throw new DirectoryNotFoundException($"The Economic plugin is in none of: {string.Join(", ", candidates)}. Build Economic.sln first.");
    }
}
