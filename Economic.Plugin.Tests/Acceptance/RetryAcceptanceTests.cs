using Economic.StandIn;
using static Economic.Plugin.Tests.Acceptance.AcceptanceImport;
using static Economic.Plugin.Tests.Acceptance.StandInRequests;

namespace Economic.Plugin.Tests.Acceptance;

public sealed class RetryAcceptanceTests(StandInFixture standIn) : IClassFixture<StandInFixture>
{
    [Fact]
    public async Task Import_ServiceUnavailable_ImportsAll()
    {
        var (agreement, grantToken) = standIn.AddAgreement("Ustabil ApS");
        agreement.AddGeneratedOrders(OrderStatus.Sent, 25);
        var expected = OrderNumbers(agreement.Orders(OrderStatus.Sent));
        standIn.Server.Faults.Add(new StandInFault { Method = "GET", PathPrefix = "/orders/sent", StatusCode = 503, Times = 1 });
        standIn.Server.Faults.Add(new StandInFault { Method = "GET", PathPrefix = "/customers", StatusCode = 503, Times = 2 });
        using var plugin = CreatePlugin(standIn, grantToken);

        var result = await ImportAsync(plugin);

        Assert.Null(result.Error);
        Assert.Equal(25, result.Inserted);
        Assert.Equal(0, result.Failed);
        Assert.Equal(expected, plugin.Warehouse.Orders.Keys.Order(StringComparer.Ordinal));
        var requests = standIn.RequestsOf(agreement);
        Assert.Equal(3, requests.Count(request => request.StatusCode == 503));
        Assert.Equal(503, requests[0].StatusCode);
        Assert.True(IsList(requests[1], "/orders/sent"), requests[1].PathAndQuery);
        Assert.Equal(200, requests[1].StatusCode);
        Assert.Equal(requests.Count, result.ApiCalls);
    }

    [Fact]
    public async Task Import_TooManyRequests_ImportsAll()
    {
        var (agreement, grantToken) = standIn.AddAgreement("Travl ApS");
        agreement.AddGeneratedOrders(OrderStatus.Sent, 25);
        var expected = OrderNumbers(agreement.Orders(OrderStatus.Sent));
        standIn.Server.Faults.Add(new StandInFault
        {
            Method = "GET",
            PathPrefix = "/orders/sent/",
            StatusCode = 429,
            RetryAfter = TimeSpan.FromSeconds(1),
            Times = 1,
        });
        using var plugin = CreatePlugin(standIn, grantToken);

        var result = await ImportAsync(plugin);

        Assert.Null(result.Error);
        Assert.Equal(25, result.Inserted);
        Assert.Equal(0, result.Failed);
        Assert.Equal(expected, plugin.Warehouse.Orders.Keys.Order(StringComparer.Ordinal));
        var requests = standIn.RequestsOf(agreement);
        var limited = Assert.Single(requests, request => request.StatusCode == 429);
        Assert.Equal(2, requests.Count(request => request.PathAndQuery == limited.PathAndQuery));
        Assert.Equal(requests.Count, result.ApiCalls);
    }
}
