using System.Globalization;
using System.Net;
using Economic.Plugin.EconomicApi;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class EconomicResilienceTests : IAsyncLifetime
{
    private ScriptedEconomicServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedEconomicServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_ServiceUnavailableOnce_Completes()
    {
        _server.Enqueue("GET", "/self", ScriptedResponse.Error(503), ScriptedResponse.Json(new { agreementNumber = 1118081 }));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        var self = await session.Api<ISelfApi>().GetSelfAsync(CancellationToken.None);

        Assert.Equal(1118081, self.AgreementNumber);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(2, session.CallCount);
    }

    [Fact]
    public async Task Get_RetryAfterSeconds_IsHonoured()
    {
        _server.Enqueue("GET", "/self", ScriptedResponse.Error(429, retryAfter: "1"), ScriptedResponse.Json(new { agreementNumber = 7 }));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        var self = await session.Api<ISelfApi>().GetSelfAsync(CancellationToken.None);

        Assert.Equal(7, self.AgreementNumber);
        Assert.Equal(2, session.CallCount);
        var retry = Assert.Single(plugin.Logs.GetSnapshot(), record => record.Id.Id == 1001);
        Assert.Equal(LogLevel.Warning, retry.Level);
        Assert.Equal(TimeSpan.FromSeconds(1).ToString(), retry.GetStructuredStateValue("Delay"));
        Assert.Equal("HTTP 429", retry.GetStructuredStateValue("Outcome"));
    }

    [Fact]
    public async Task Get_RetryAfterDate_Completes()
    {
        var retryAt = DateTimeOffset.UtcNow.AddSeconds(1).ToString("R", CultureInfo.InvariantCulture);
        _server.Enqueue("GET", "/self", ScriptedResponse.Error(429, retryAfter: retryAt), ScriptedResponse.Json(new { agreementNumber = 8 }));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        var self = await session.Api<ISelfApi>().GetSelfAsync(CancellationToken.None);

        Assert.Equal(8, self.AgreementNumber);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Get_AttemptTimesOut_IsRetried()
    {
        _server.Enqueue("GET", "/self",
            ScriptedResponse.Json(new { agreementNumber = 1 }) with { Delay = TimeSpan.FromSeconds(5) },
            ScriptedResponse.Json(new { agreementNumber = 2 }));
        using var plugin = new TestPlugin(_server.BaseUrl, configure: options => options.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        using var session = plugin.CreateSession();

        var self = await session.Api<ISelfApi>().GetSelfAsync(CancellationToken.None);

        Assert.Equal(2, self.AgreementNumber);
        Assert.Equal(2, session.CallCount);
    }

    [Fact]
    public async Task Get_PersistentServerError_StopsRetrying()
    {
        _server.Fallback = _ => ScriptedResponse.Error(500);
        using var plugin = new TestPlugin(_server.BaseUrl, configure: options => options.MaxRetryAttempts = 2);
        using var session = plugin.CreateSession();

        var exception = await Assert.ThrowsAsync<EconomicApiException>(() => session.Api<ISelfApi>().GetSelfAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.HttpStatus);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(3, session.CallCount);
        Assert.Contains(plugin.Logs.GetSnapshot(), record => record.Id.Id == 1002 && record.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Post_WithoutIdempotencyKey_IsNotRetried()
    {
        _server.Enqueue("POST", "/invoices/drafts", ScriptedResponse.Error(503), ScriptedResponse.Json(new { draftInvoiceNumber = 57 }, 201));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        var exception = await Assert.ThrowsAsync<EconomicApiException>(
            () => session.Api<ITestWriteApi>().CreateDraftAsync(new { currency = "DKK" }, null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.HttpStatus);
        Assert.Single(_server.Requests);
        Assert.Equal(1, session.CallCount);
    }

    [Fact]
    public async Task Post_WithIdempotencyKey_IsRetried()
    {
        _server.Enqueue("POST", "/invoices/drafts", ScriptedResponse.Error(503), ScriptedResponse.Json(new { draftInvoiceNumber = 57 }, 201));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        var created = await session.Api<ITestWriteApi>().CreateDraftAsync(new { currency = "DKK" }, "wms-order-1042-invoice-v1", CancellationToken.None);

        Assert.Equal(57, created.GetProperty("draftInvoiceNumber").GetInt32());
        Assert.Equal(2, _server.Requests.Count);
        Assert.All(_server.Requests, request => Assert.True(request.HasIdempotencyKey));
        Assert.All(_server.Requests, request => Assert.Equal("""{"currency":"DKK"}""", request.Body));
        Assert.Equal(2, session.CallCount);
    }

    [Fact]
    public async Task Request_Tokens_AreHeadersOnly()
    {
        _server.Enqueue("GET", "/self", ScriptedResponse.Json(new { agreementNumber = 1 }));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        await session.Api<ISelfApi>().GetSelfAsync(CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(TestPlugin.AppSecretToken, request.AppSecretToken);
        Assert.Equal(TestPlugin.GrantToken, request.GrantToken);
        Assert.DoesNotContain(TestPlugin.GrantToken, request.RawQuery, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPlugin.AppSecretToken, request.RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Unauthorized_IsNotRetried()
    {
        _server.Enqueue("GET", "/self", ScriptedResponse.Error(401), ScriptedResponse.Error(401));
        _server.Enqueue("GET", "/orders/sent", ScriptedResponse.Error(503));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        var exception = await Assert.ThrowsAsync<EconomicApiException>(() => session.Api<ISelfApi>().GetSelfAsync(CancellationToken.None));

        Assert.Single(_server.Requests);
        Assert.Contains("grant token", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.InnerException);
        Assert.DoesNotContain(TestPlugin.GrantToken, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestPlugin.AppSecretToken, exception.ToString(), StringComparison.Ordinal);
        Assert.All(plugin.AllLogText(), text => Assert.DoesNotContain(TestPlugin.GrantToken, text, StringComparison.Ordinal));
        Assert.All(plugin.AllLogText(), text => Assert.DoesNotContain(TestPlugin.AppSecretToken, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retry_Log_HasPathWithoutQuery()
    {
        _server.Enqueue("GET", "/customers", ScriptedResponse.Error(502), ScriptedResponse.Json(new { collection = Array.Empty<object>() }));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        await session.Api<ICustomersApi>().GetCustomersAsync(0, 1000, "name$eq:Secret filter", CancellationToken.None);

        var retry = Assert.Single(plugin.Logs.GetSnapshot(), record => record.Id.Id == 1001);
        Assert.Equal("/customers", retry.GetStructuredStateValue("Path"));
        Assert.Equal("1", retry.GetStructuredStateValue("Attempt"));
        Assert.DoesNotContain("Secret filter", retry.Message, StringComparison.Ordinal);
        Assert.All(plugin.AllLogText(), text => Assert.DoesNotContain(TestPlugin.GrantToken, text, StringComparison.Ordinal));
        Assert.All(plugin.AllLogText(), text => Assert.DoesNotContain(TestPlugin.AppSecretToken, text, StringComparison.Ordinal));
    }
}
