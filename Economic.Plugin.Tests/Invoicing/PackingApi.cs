using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SmartPack.SampleHost.Packing;

namespace Economic.Plugin.Tests.Invoicing;

/// <summary>The host's packing API on a loopback port, over a given <see cref="PackingService"/>.</summary>
internal sealed class PackingApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    public const string ApiKey = "warehouse-key-test-7f21";

    private PackingApi(WebApplication app, Uri baseUrl)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseUrl };
        Client.DefaultRequestHeaders.Add(WarehouseApiKeyFilter.HeaderName, ApiKey);
    }

    public HttpClient Client { get; }

    public static async Task<PackingApi> StartAsync(PackingService packing)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration[WarehouseApiKeyFilter.ConfigurationKey] = ApiKey;
        builder.Services.AddSingleton(packing);
        var app = builder.Build();
        app.MapPackingApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        return new PackingApi(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
