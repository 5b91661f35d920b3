using System.Net;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StandIn;

public sealed class StandInPagingTests
{
    [Fact]
    public async Task Products_PagedByThousand_LastPageHasNoNext()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false });
        server.AddAgreement("grant-paging", 9200002, "Butik B ApS").AddGeneratedProducts(2345);
        using var client = StandInHttp.CreateClient(server, "grant-paging");

        var first = await client.GetJsonAsync("products?skippages=0&pagesize=1000");
        var last = await client.GetJsonAsync("products?skippages=2&pagesize=1000");
        var beyond = await client.GetJsonAsync("products?skippages=3&pagesize=1000");

        Assert.Equal(1000, first.Collection().Count);
        Assert.Equal(1000, (int)first.Pagination()["maxPageSizeAllowed"]!);
        Assert.Equal(2345, (int)first.Pagination()["results"]!);
        Assert.Equal(2345, (int)first.Pagination()["resultsWithoutFilter"]!);
        Assert.Equal($"{server.BaseUrl}products?skippages=1&pagesize=1000", (string?)first.Pagination()["nextPage"]);
        Assert.Equal($"{server.BaseUrl}products?skippages=2&pagesize=1000", (string?)first.Pagination()["lastPage"]);
        Assert.Equal($"{server.BaseUrl}products?skippages=0&pagesize=1000", (string?)first["self"]);
        Assert.Equal(345, last.Collection().Count);
        Assert.False(last.Pagination().ContainsKey("nextPage"));
        Assert.Empty(beyond.Collection());
        Assert.Equal(3, (int)beyond.Pagination()["skipPages"]!);
    }

    [Fact]
    public async Task Products_NoPaging_ReturnsTwentyByNumber()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var page = await client.GetJsonAsync("products");

        var numbers = page.Collection().Select(product => (string)product!["productNumber"]!).ToList();
        Assert.Equal(20, numbers.Count);
        Assert.Equal(20, (int)page.Pagination()["pageSize"]!);
        Assert.Equal(numbers.Order(StringComparer.OrdinalIgnoreCase), numbers);
    }

    [Fact]
    public async Task Orders_PageSizeOver1000_Returns400()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var error = await client.GetJsonAsync("orders/sent?pagesize=1001", HttpStatusCode.BadRequest);

        Assert.Equal("E04810", (string?)error["errorCode"]);
        Assert.Contains("between 1 and 1000", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(400, (int)error["httpStatusCode"]!);
        Assert.NotNull((string?)error["logId"]);
    }

    [Fact]
    public async Task Orders_EmptyAgreement_ReturnsNullPageLinks()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false });
        server.AddAgreement("grant-empty", 9200003, "Tom Butik ApS");
        using var client = StandInHttp.CreateClient(server, "grant-empty");

        var page = await client.GetJsonAsync("orders/sent?pagesize=1000");

        Assert.Empty(page.Collection());
        Assert.Equal(0, (int)page.Pagination()["results"]!);
        Assert.Null(page.Pagination()["firstPage"]);
        Assert.Null(page.Pagination()["lastPage"]);
        Assert.Null(page.Pagination()["nextPage"]);
    }

    [Fact]
    public async Task Orders_SortDescending_ReturnsHighestNumberFirst()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var page = await client.GetJsonAsync("orders/sent?sort=-orderNumber&pagesize=5");

        var numbers = page.Collection().Select(order => (int)order!["orderNumber"]!).ToList();
        Assert.Equal(numbers.OrderDescending(), numbers);
        Assert.Equal(server.GetAgreement(StandInHttp.DemoGrant).Orders(OrderStatus.Sent).Max(order => (int)order["orderNumber"]!), numbers[0]);
    }
}
