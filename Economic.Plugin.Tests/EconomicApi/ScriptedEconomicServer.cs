using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Tests.EconomicApi;

/// <summary>
/// A real HTTP server on 127.0.0.1 with a free port. It sends each response from a test's script and
/// records every request, token headers included, so tests can check what the client sent.
/// </summary>
public sealed class ScriptedEconomicServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedResponse>> _queues = new(StringComparer.Ordinal);

    private ScriptedEconomicServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<ScriptedRequest> Requests => _requests.ToList();

    /// <summary>Answers requests that no queued response matches; 404 with an e-conomic body by default.</summary>
    public Func<ScriptedRequest, ScriptedResponse> Fallback { get; set; } = _ => ScriptedResponse.NotFound();

    public static async Task<ScriptedEconomicServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ScriptedEconomicServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address + "/");

        return server;
    }

    /// <summary>Queues responses for requests with this method and path (without query), used in order.</summary>
    public void Enqueue(string method, string path, params ScriptedResponse[] responses)
    {
        var queue = _queues.GetOrAdd(method + " " + path, _ => new ConcurrentQueue<ScriptedResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }
    }

    public void ClearRequests() => _requests.Clear();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await ScriptedRequest.ReadAsync(context.Request);
        _requests.Enqueue(request);
        var response = _queues.TryGetValue(request.Method + " " + request.Path, out var queue) && queue.TryDequeue(out var queued)
            ? queued
            : Fallback(request);

        await response.WriteAsync(context);
    }
}
