using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin.Tests.Admin.Infrastructure;

/// <summary>A web application started on Kestrel at 127.0.0.1 with a free port, and its address.</summary>
internal sealed class RunningWebApp : IAsyncDisposable
{
    private RunningWebApp(WebApplication app, Uri baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
    }

    public WebApplication App { get; }

    /// <summary>The address the app listens on, such as http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Starts <paramref name="app"/>, which must be built with Kestrel and no URLs of its own.</summary>
    public static async Task<RunningWebApp> StartAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new RunningWebApp(app, new Uri(addresses.Addresses.Single().TrimEnd('/') + "/"));
    }

    public Uri Url(string relative) => new(BaseUrl, relative.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
