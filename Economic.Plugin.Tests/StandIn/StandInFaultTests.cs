using System.Net;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StandIn;

public sealed class StandInFaultTests
{
    [Fact]
    public async Task OrdersSent_FaultOnce_FailsOnlyFirstCall()
    {
        await using var server = await StandInServer.StartAsync();
        server.Faults.Add(new StandInFault { Method = "GET", PathPrefix = "/orders/sent", StatusCode = 503, RetryAfter = TimeSpan.FromSeconds(2), Times = 1 });
        using var client = StandInHttp.CreateClient(server);

        using var failed = await client.GetAsync(new Uri("orders/sent", UriKind.Relative));
        using var drafts = await client.GetAsync(new Uri("orders/drafts", UriKind.Relative));
        using var retried = await client.GetAsync(new Uri("orders/sent", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), failed.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, drafts.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal([503, 200, 200], server.Requests.Select(request => request.StatusCode));
    }

    [Fact]
    public async Task Customer_AcceptThenTimeout_ClientTimesOut()
    {
        await using var server = await StandInServer.StartAsync();
        server.Faults.Add(new StandInFault { PathPrefix = "/customers/1", AcceptThenTimeout = true, Times = 1 });
        using var impatient = StandInHttp.CreateClient(server);
        impatient.Timeout = TimeSpan.FromMilliseconds(300);
        using var client = StandInHttp.CreateClient(server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient.GetAsync(new Uri("customers/1", UriKind.Relative)));
        using var other = await client.GetAsync(new Uri("self", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
