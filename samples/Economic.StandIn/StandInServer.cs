using System.Net;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;
using Economic.StandIn.DemoData;
using Economic.StandIn.Errors;
using Economic.StandIn.Hosting;
using Economic.StandIn.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Economic.StandIn;

/// <summary>
/// A local stand-in for restapi.e-conomic.com on 127.0.0.1: same paths, headers, JSON shapes, paging,
/// filters, errors and rate limits, with agreements, faults and a request log under the caller's control.
/// </summary>
public sealed class StandInServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AgreementRegistry _registry;
    private readonly RequestLog _requestLog;

    private StandInServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        _registry = app.Services.GetRequiredService<AgreementRegistry>();
        _requestLog = app.Services.GetRequiredService<RequestLog>();
        Faults = app.Services.GetRequiredService<StandInFaults>();
    }

    /// <summary>The base URL to use instead of https://restapi.e-conomic.com/, ending in '/'.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The faults injected into matching requests.</summary>
    public StandInFaults Faults { get; }

    /// <summary>Every request received so far, oldest first. Tokens are never recorded.</summary>
    public IReadOnlyList<StandInRequest> Requests => _requestLog.Snapshot();

    /// <summary>Starts a stand-in on 127.0.0.1 and seeds the Danish demo agreement, or the agreement in <see cref="StandInOptions.AgreementFolder"/>.</summary>
    public static async Task<StandInServer> StartAsync(StandInOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new StandInOptions();
        var app = Build(options);
        SeedAgreement(app, options);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var baseUrl = new Uri(address.TrimEnd('/') + "/");
        Log.Listening(app.Logger, baseUrl);

        return new StandInServer(app, baseUrl);
    }

    /// <summary>Adds an empty agreement selected by <paramref name="grantToken"/>.</summary>
    public StandInAgreement AddAgreement(string grantToken, int agreementNumber, string companyName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyName);

        return _registry.Add(grantToken, _registry.Create(agreementNumber, companyName));
    }

    /// <summary>The agreement a grant token selects.</summary>
    /// <exception cref="KeyNotFoundException">No agreement has that grant token.</exception>
    public StandInAgreement GetAgreement(string grantToken) =>
        _registry.Find(grantToken) ?? throw new KeyNotFoundException("No agreement has that grant token; add it with AddAgreement first.");

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests() => _requestLog.Clear();

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    private static WebApplication Build(StandInOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StandInServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services
            .AddSingleton(options)
            .AddSingleton(options.TimeProvider)
            .AddSingleton<AgreementRegistry>()
            .AddSingleton<ErrorBodies>()
            .AddSingleton<CollectionQuery>()
            .AddSingleton<RequestLog>()
            .AddSingleton<StandInFaults>()
            .AddSingleton<WebhookSender>();

        var app = builder.Build();
        StandInPipeline.Configure(app);

        return app;
    }

    private static void SeedAgreement(WebApplication app, StandInOptions options)
    {
        var registry = app.Services.GetRequiredService<AgreementRegistry>();
        var now = options.TimeProvider.GetUtcNow();
        if (options.AgreementFolder is { } folder)
        {
            var contents = new AgreementFolderLoader(app.Logger).Load(folder);
            var agreement = registry.Create(contents.AgreementNumber(DemoAgreementSeeder.AgreementNumber), DemoAgreementSeeder.CompanyName);
            agreement.Write(contents.CopyTo);
            registry.Add(options.DemoGrantToken, agreement);
            Log.FolderLoaded(app.Logger, contents.Orders.Count, contents.Customers.Count, contents.Products.Count, folder);
        }
        else if (options.SeedDemoAgreement)
        {
            var agreement = registry.Create(DemoAgreementSeeder.AgreementNumber, DemoAgreementSeeder.CompanyName);
            DemoAgreementSeeder.Seed(agreement, options.DemoSeed, now);
            registry.Add(options.DemoGrantToken, agreement);
        }
    }
}
