using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin.Tests.Webhooks;

/// <summary>A loopback HTTP server that records every webhook call it receives and returns 202.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, Uri baseUrl, ConcurrentQueue<ReceivedCall> calls)
    {
        _app = app;
        BaseUrl = baseUrl;
        Calls = calls;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<ReceivedCall> Calls { get; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var calls = new ConcurrentQueue<ReceivedCall>();
        app.Run(context => RecordAsync(context, calls));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        return new WebhookReceiver(app, new Uri(address.TrimEnd('/') + "/"), calls);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task RecordAsync(HttpContext context, ConcurrentQueue<ReceivedCall> calls)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        calls.Enqueue(new ReceivedCall(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty,
            context.Request.ContentType,
            form?["old"].ToString(),
            form?["new"].ToString()));
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    internal sealed record ReceivedCall(string Method, string RawTarget, string? ContentType, string? Old, string? New);
}
