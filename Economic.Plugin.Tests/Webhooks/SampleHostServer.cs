using System.Net;
using Economic.Plugin.Tests.Host;
using Economic.StandIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartPack.SampleHost;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Scheduling;
using SmartPack.SampleHost.Storage;
using SmartPack.SampleHost.Warehouse;

namespace Economic.Plugin.Tests.Webhooks;

/// <summary>
/// The sample host serving HTTP on loopback, with the built plugin loaded from disk, a real SQLite file
/// and one installation connected to a stand-in. The scheduler is left out: tests run tasks by hand.
/// </summary>
internal sealed class SampleHostServer : IAsyncDisposable
{
    public const string InstallationId = "shop-1";

    private readonly TempFolder _folder;
    private readonly WebApplication _app;

    private SampleHostServer(TempFolder folder, WebApplication app, Uri baseUrl)
    {
        _folder = folder;
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public string WebhookSecret { get; private set; } = string.Empty;

    public SqliteWarehouse Warehouse => Get<InstallationService>().GetWarehouse(InstallationId);

    public static async Task<SampleHostServer> StartAsync(StandInServer standIn, StandInOptions standInOptions)
    {
        var folder = new TempFolder();
        BuiltPlugin.CopyTo(folder.Combine("plugins"));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder.Path });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SampleHost:DatabasePath"] = folder.Combine("data", "smartpack.db"),
            ["SampleHost:PluginsPath"] = folder.Combine("plugins"),
            ["Plugins:Economic:ApiBaseUrl"] = standIn.BaseUrl.ToString(),
            ["Plugins:Economic:AppSecretToken"] = standInOptions.AppSecretToken,
        });
        AddHostWithoutScheduler(builder.Services, builder.Configuration, folder.Path);

        var app = builder.Build();
        app.MapSampleHost();
        app.Services.GetRequiredService<SqliteDatabase>().EnsureCreated();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var server = new SampleHostServer(folder, app, new Uri(address.TrimEnd('/') + "/"));
        await server.InstallAsync(standInOptions.DemoGrantToken);

        return server;
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Returns the webhook URL of one event, as the admin page shows it.</summary>
    public string WebhookUrl(string eventPath, string? secret = null) =>
        $"{BaseUrl}webhooks/{InstallationId}/{secret ?? WebhookSecret}/{eventPath}";

    public Task<TaskRunOutcome> RunTaskAsync(string taskName) =>
        Get<TaskRunner>().RunNowAsync(InstallationId, taskName, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    private static void AddHostWithoutScheduler(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var before = services.Where(service => service.ServiceType == typeof(IHostedService)).ToList();
        services.AddSampleHost(configuration, contentRoot);
        foreach (var added in services.Where(service => service.ServiceType == typeof(IHostedService)).Except(before).ToList())
        {
            services.Remove(added);
        }
    }

    private async Task InstallAsync(string grantToken)
    {
        var installations = Get<InstallationService>();
        await installations.InstallAsync("Economic", InstallationId, CancellationToken.None);
        await installations.SaveSettingsAsync(InstallationId, new Dictionary<string, string?> { ["grantToken"] = grantToken }, CancellationToken.None);
        var context = await installations.CreateContextAsync(InstallationId, CancellationToken.None);
        WebhookSecret = context.Settings.GetString("webhookSecret")
            ?? throw new InvalidOperationException("The installation has no generated webhook secret.");
    }
}
