using System.Net;
using Economic.StandIn;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.StandIn;

public sealed class StandInRateLimitTests
{
    [Fact]
    public async Task Self_BucketEmpty_Returns429UntilRefilled()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var options = new StandInOptions { TimeProvider = clock, RateLimitTokens = 3, RateLimitWindow = TimeSpan.FromSeconds(30) };
        await using var server = await StandInServer.StartAsync(options);
        using var client = StandInHttp.CreateClient(server);

        HttpResponseMessage? last = null;
        for (var call = 0; call < 3; call++)
        {
            last?.Dispose();
            last = await client.GetAsync(new Uri("self", UriKind.Relative));
        }

        using var limited = await client.GetAsync(new Uri("self", UriKind.Relative));
        clock.Advance(TimeSpan.FromSeconds(10));
        using var refilled = await client.GetAsync(new Uri("self", UriKind.Relative));

        Assert.Equal("token-limit-3-per-30-seconds: 3/3", Assert.Single(last!.Headers.GetValues("X-RateLimiting")));
        Assert.Equal("1", Assert.Single(last.Headers.GetValues("X-CallCost")));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), limited.Headers.RetryAfter?.Delta);
        Assert.Contains("\"httpStatusCode\":429", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
        last.Dispose();
    }
}
