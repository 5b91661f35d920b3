using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration.Json;
using SmartPack.SampleHost.Demo;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;
using SmartPack.SampleHost.Scheduling;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost;

/// <summary>Starts the sample host.</summary>
public static class SampleHostApp
{
    private const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Runs the sample host until it is stopped: loads the plugins, applies the configured default
    /// installation, imports orders once for each installation, prints a summary and serves /admin.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddApplicationFolderSettings(builder.Configuration);
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        await using var standIn = await StandInDemo.StartIfEnabledAsync(builder.Configuration, CancellationToken.None);
        builder.Services.AddSampleHost(builder.Configuration, builder.Environment.ContentRootPath);
        await using var app = builder.Build();
        app.MapSampleHost();

        var outcomes = await PrepareAsync(app.Services, app.Lifetime.ApplicationStopping);
        await app.StartAsync();
        if (standIn is not null)
        {
            var installationId = builder.Configuration["SampleHost:DefaultInstallation:InstallationId"] ?? "demo";
            await StandInDemoWebhooks.SubscribeAsync(
                standIn, app.Services.GetRequiredService<InstallationService>(), installationId, new Uri(ServerAddress(app.Services)), app.Lifetime.ApplicationStopping);
        }

        PrintSummary(app.Services, outcomes);
        await app.WaitForShutdownAsync();

        return 0;
    }

    /// <summary>
    /// Adds the appsettings.json beside the assembly as the lowest-precedence source. The content root is the
    /// working directory, so without it a host started from another folder runs without its settings.
    /// </summary>
    private static void AddApplicationFolderSettings(ConfigurationManager configuration)
    {
        var source = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true };
        source.ResolveFileProvider();
        configuration.Sources.Insert(0, source);
    }

    private static async Task<IReadOnlyList<(string InstallationId, TaskRunOutcome Outcome)>> PrepareAsync(
        IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<SqliteDatabase>().EnsureCreated();
        _ = services.GetRequiredService<PluginCatalog>();
        await services.GetRequiredService<DefaultInstallationSetup>().EnsureAsync(cancellationToken);

        return await services.GetRequiredService<StartupImport>().RunAsync(cancellationToken);
    }

    private static void PrintSummary(IServiceProvider services, IReadOnlyList<(string InstallationId, TaskRunOutcome Outcome)> outcomes)
    {
        Console.WriteLine($"SmartPack sample host: admin at {ServerAddress(services)}/admin");
        foreach (var plugin in services.GetRequiredService<PluginCatalog>().Unavailable)
        {
            Console.WriteLine($"Plugin {plugin.Name} is unavailable: {plugin.Reason}");
        }

        foreach (var (installationId, outcome) in outcomes)
        {
            var counts = outcome.Counts;
            Console.WriteLine(counts is null
                ? $"Installation {installationId}: {outcome.Message}"
                : $"Installation {installationId}: {counts.Inserted} orders imported, {counts.Updated} updated, {counts.Skipped} skipped, " +
                  $"{counts.Failed} failed, {counts.ApiCalls} API calls{(counts.Error is null ? "." : $". Stopped: {counts.Error}")}");
        }
    }

    private static string ServerAddress(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? DefaultUrl;
}
