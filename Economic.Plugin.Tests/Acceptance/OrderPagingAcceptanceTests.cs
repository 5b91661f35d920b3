using System.Globalization;
using Economic.Plugin.Abstractions;
using Economic.StandIn;
using static Economic.Plugin.Tests.Acceptance.AcceptanceImport;
using static Economic.Plugin.Tests.Acceptance.StandInRequests;

namespace Economic.Plugin.Tests.Acceptance;

public sealed class OrderPagingAcceptanceTests(StandInFixture standIn) : IClassFixture<StandInFixture>
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(2345)]
    public async Task Import_SentOrders_ImportedOnceThenIdle(int count)
    {
        var (agreement, grantToken) = standIn.AddAgreement("Paging ApS");
        standIn.AddOrdersOverTime(agreement, OrderStatus.Sent, count);
        var expected = OrderNumbers(agreement.Orders(OrderStatus.Sent));
        using var plugin = CreatePlugin(standIn, grantToken);

        var first = await ImportAsync(plugin);

        Assert.Null(first.Error);
        Assert.Equal(count, expected.Count);
        Assert.Equal(count, first.Inserted);
        Assert.Equal(0, first.Failed);
        Assert.Equal(expected, plugin.Warehouse.Orders.Keys.Order(StringComparer.Ordinal));
        var requests = standIn.RequestsOf(agreement);
        var orderReads = requests.Where(request => IsItemRead(request, "/orders/sent")).Select(PathOf).ToList();
        Assert.Equal(count, orderReads.Count);
        Assert.Equal(count, orderReads.Distinct(StringComparer.Ordinal).Count());
        var lists = requests.Where(request => IsList(request, "/orders/sent")).ToList();
        Assert.All(lists, list => Assert.Equal("1000", QueryValue(list, "pagesize")));
        var pages = Enumerable.Range(0, Math.Max(1, (count + 999) / 1000)).Select(page => page.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(pages, lists.Select(list => QueryValue(list, "skippages")));
        Assert.Equal(requests.Count, first.ApiCalls);

        var state = plugin.State.Values.ToDictionary();
        var upserts = plugin.Warehouse.UpsertCalls;
        standIn.Server.ClearRequests();
        var idle = await ImportAsync(plugin);

        Assert.Equal(new ImportResult { ApiCalls = 1 }, idle);
        var poll = Assert.Single(standIn.RequestsOf(agreement));
        Assert.True(IsList(poll, "/orders/sent"), poll.PathAndQuery);
        Assert.Equal(count > 0, QueryValue(poll, "filter") is not null);
        Assert.Equal(upserts, plugin.Warehouse.UpsertCalls);
        Assert.Equal(count, plugin.Warehouse.Orders.Count);
        Assert.Equal(state, plugin.State.Values.ToDictionary());
    }

    [Fact]
    public async Task Import_OrderArchivedWhilePaging_MissesNoOrder()
    {
        var (agreement, grantToken) = standIn.AddAgreement("Faktura ApS");
        standIn.AddOrdersOverTime(agreement, OrderStatus.Sent, 1500);
        var numbers = agreement.Orders(OrderStatus.Sent).Select(order => order["orderNumber"]!.GetValue<int>()).ToList();
        var watched = $"/orders/sent/{numbers[100]}";
        standIn.Server.Faults.Add(new StandInFault
        {
            Method = "GET",
            PathPrefix = $"/orders/sent/{numbers[900]}",
            Delay = TimeSpan.FromSeconds(2),
            Times = 1,
        });
        using var plugin = CreatePlugin(standIn, grantToken);

        var import = ImportAsync(plugin);
        await WaitForRequestAsync(watched);
        agreement.MoveOrder(numbers[0], OrderStatus.Sent, OrderStatus.Archived);
        var result = await import;

        Assert.Null(result.Error);
        Assert.Equal(1500, result.Inserted);
        var expected = numbers.Select(number => number.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, plugin.Warehouse.Orders.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>Waits until the stand-in answered a request for <paramref name="path"/>, while the import runs on.</summary>
    private async Task WaitForRequestAsync(string path)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!standIn.Server.Requests.Any(request => PathOf(request) == path))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), timeout.Token);
        }
    }
}
