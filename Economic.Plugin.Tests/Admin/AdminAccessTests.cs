using System.Net;
using System.Text.RegularExpressions;
using Economic.Plugin.Tests.Admin.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin.Tests.Admin;

public sealed partial class AdminAccessTests : IDisposable
{
    private const string Password = "correct horse battery";
    private static readonly string[] AnonymousPaths = ["/admin/language", "/admin/login", "/admin/setup"];

    private readonly TempFolder _data = new();

    [Fact]
    public async Task AdminEndpoints_WithoutLogin_RequireLogin()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        using var session = new AdminHttpSession(host.App.BaseUrl);
        var endpoints = AdminEndpoints(host.App.Services).Where(endpoint => !IsAnonymous(endpoint)).ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var path = SamplePath(endpoint);
            foreach (var method in Methods(endpoint))
            {
                using var response = await session.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/')));

                AssertLoginRequired(response, path, method);
            }
        }
    }

    [Fact]
    public async Task AnonymousEndpoints_AreOnlyLoginPages()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);

        var anonymous = AdminEndpoints(host.App.Services).Where(IsAnonymous).Select(SamplePath).Distinct().Order();

        Assert.Equal(AnonymousPaths, anonymous);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsError()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        using var session = new AdminHttpSession(host.App.BaseUrl);

        using var login = await session.LogInAsync("wrong password");
        using var api = await session.GetAsync("/admin/api/session");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("id=\"login-error\"", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task AdminApi_AfterLogin_Answers()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        using var session = new AdminHttpSession(host.App.BaseUrl);

        using var login = await session.LogInAsync(Password);
        using var api = await session.GetAsync("/admin/api/session");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        using var session = new AdminHttpSession(host.App.BaseUrl);
        using var login = await session.LogInAsync(Password);

        using var logout = await session.Client.PostAsync("admin/logout", new FormUrlEncodedContent([]));
        using var api = await session.GetAsync("/admin/api/session");

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Setup_NoPassword_StoresHashOnce()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, adminPassword: null);
        using var first = new AdminHttpSession(host.App.BaseUrl);
        using var second = new AdminHttpSession(host.App.BaseUrl);
        using var toLogin = await first.GetAsync("/admin/login");
        var secondToken = await second.ReadTokenAsync("/admin/setup");

        using var setUp = await first.PostFormAsync("/admin/setup", "/admin/setup", SetupFields(Password));
        using var setUpAgain = await second.PostAsync("/admin/setup", SetupFields("another password 2"), secondToken);
        using var api = await first.GetAsync("/admin/api/session");
        using var oldPassword = await second.LogInAsync(Password);

        Assert.Equal("/admin/setup", toLogin.Headers.Location?.OriginalString);
        Assert.Equal("/admin", setUp.Headers.Location?.OriginalString);
        Assert.Equal("/admin/login", setUpAgain.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("/admin", oldPassword.Headers.Location?.OriginalString);
        var hashFile = Assert.Single(Directory.GetFiles(_data.Path, "*.hash", SearchOption.AllDirectories));
        Assert.DoesNotContain(Password, await File.ReadAllTextAsync(hashFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_ConfiguredPassword_RedirectsToLogin()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        using var session = new AdminHttpSession(host.App.BaseUrl);

        using var setUp = await session.GetAsync("/admin/setup");

        Assert.Equal("/admin/login", setUp.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Setup_BadPassword_ShowsError()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, adminPassword: null);
        using var session = new AdminHttpSession(host.App.BaseUrl);

        using var tooShort = await session.PostFormAsync("/admin/setup", "/admin/setup", SetupFields("short"));
        using var mismatch = await session.PostFormAsync("/admin/setup", "/admin/setup",
            [new("Password", Password), new("Confirmation", Password + "!")]);

        Assert.Contains("id=\"setup-error\"", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"setup-error\"", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_data.Path, "*.hash", SearchOption.AllDirectories));
    }

    public void Dispose() => _data.Dispose();

    private static KeyValuePair<string, string>[] SetupFields(string password) =>
        [new("Password", password), new("Confirmation", password)];

    private static IEnumerable<RouteEndpoint> AdminEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => ("/" + endpoint.RoutePattern.RawText?.TrimStart('/'))
                .StartsWith("/admin", StringComparison.OrdinalIgnoreCase));

    private static bool IsAnonymous(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];

    // Route parameters get a value their constraint accepts, so that the request reaches the endpoint.
    private static string SamplePath(RouteEndpoint endpoint) =>
        "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'),
            match => match.Value.Contains(":int", StringComparison.Ordinal) ? "1" : "Economic");

    private static void AssertLoginRequired(HttpResponseMessage response, string path, string method)
    {
        if (path.StartsWith("/admin/api", StringComparison.OrdinalIgnoreCase))
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}, not 401.");
            return;
        }

        var location = response.Headers.Location?.AbsolutePath;
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect && location == "/admin/login",
            $"{method} {path} answered {(int)response.StatusCode} to '{location}', not a redirect to the login page.");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
