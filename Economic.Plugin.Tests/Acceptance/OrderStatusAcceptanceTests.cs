using Economic.Plugin.Abstractions;
using Economic.StandIn;
using static Economic.Plugin.Tests.Acceptance.AcceptanceImport;
using static Economic.Plugin.Tests.Acceptance.StandInRequests;

namespace Economic.Plugin.Tests.Acceptance;

public sealed class OrderStatusAcceptanceTests(StandInFixture standIn) : IClassFixture<StandInFixture>
{
    private static readonly Dictionary<string, string?> AllStatuses = new()
    {
        ["importDraftOrders"] = "true",
        ["importSentOrders"] = "true",
        ["importArchivedOrders"] = "true",
    };

    [Fact]
    public async Task Import_AllStatuses_IdlePollListsEachOnce()
    {
        var (agreement, grantToken) = standIn.AddAgreement("Alle Status ApS");
        standIn.AddOrdersOverTime(agreement, OrderStatus.Draft, 5);
        standIn.AddOrdersOverTime(agreement, OrderStatus.Sent, 20);
        standIn.AddOrdersOverTime(agreement, OrderStatus.Archived, 1001);
        using var plugin = CreatePlugin(standIn, grantToken, AllStatuses);
        var first = await ImportAsync(plugin);
        var upserts = plugin.Warehouse.UpsertCalls;
        standIn.Server.ClearRequests();

        var idle = await ImportAsync(plugin);

        Assert.Null(first.Error);
        Assert.Equal(1026, first.Inserted);
        Assert.Equal(1026, plugin.Warehouse.Orders.Count);
        Assert.Equal(new ImportResult { ApiCalls = 4 }, idle);
        var requests = standIn.RequestsOf(agreement);
        Assert.Single(requests, request => IsList(request, "/orders/drafts"));
        Assert.Single(requests, request => IsList(request, "/orders/sent"));
        var archived = requests.Where(request => IsList(request, "/orders/archived")).ToList();
        Assert.Equal(["0", "1"], archived.Select(request => QueryValue(request, "skippages")));
        Assert.Equal(4, requests.Count);
        Assert.Equal(upserts, plugin.Warehouse.UpsertCalls);
    }

    [Fact]
    public async Task Import_DefaultSettings_NeverImportsDrafts()
    {
        var (agreement, grantToken) = standIn.AddAgreement("Kun Sendte ApS");
        agreement.AddGeneratedOrders(OrderStatus.Draft, 5);
        agreement.AddGeneratedOrders(OrderStatus.Sent, 4);
        agreement.AddGeneratedOrders(OrderStatus.Draft, 3);
        var sent = OrderNumbers(agreement.Orders(OrderStatus.Sent));
        using var plugin = CreatePlugin(standIn, grantToken);

        var result = await ImportAsync(plugin);

        Assert.Null(result.Error);
        Assert.Equal(4, result.Inserted);
        Assert.Equal(sent, plugin.Warehouse.Orders.Keys.Order(StringComparer.Ordinal));
        Assert.All(plugin.Warehouse.Orders.Values, stored => Assert.Equal("sent", stored.Order.SourceStatus));
        Assert.DoesNotContain(standIn.RequestsOf(agreement), request => PathOf(request).StartsWith("/orders/drafts", StringComparison.Ordinal));
        Assert.DoesNotContain(standIn.RequestsOf(agreement), request => PathOf(request).StartsWith("/orders/archived", StringComparison.Ordinal));
    }
}
