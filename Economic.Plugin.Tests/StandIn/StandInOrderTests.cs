using System.Net;
using System.Text.Json.Nodes;
using Economic.StandIn;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.StandIn;

public sealed class StandInOrderTests
{
    [Fact]
    public async Task PutOrder_SentOrder_StampsLastUpdated()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 15, 42, TimeSpan.Zero));
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false, TimeProvider = clock });
        var agreement = server.AddAgreement("grant-orders", 9200008, "Ordre ApS");
        agreement.PutOrder(OrderStatus.Sent, Order(1042));
        using var client = StandInHttp.CreateClient(server, "grant-orders");

        var single = await client.GetJsonAsync("orders/sent/1042");
        var listed = await client.GetJsonAsync("orders/sent");

        Assert.Equal("2026-03-01T08:15:42Z", (string?)single["lastUpdated"]);
        Assert.Equal($"{server.BaseUrl}orders/sent/1042", (string?)single["self"]);
        Assert.Single(single["lines"]!.AsArray());
        Assert.Empty(Assert.Single(listed.Collection())!["lines"]!.AsArray());
    }

    [Fact]
    public async Task MoveOrder_SentToArchived_MovesBetweenLists()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false });
        var agreement = server.AddAgreement("grant-move", 9200009, "Flyt ApS");
        agreement.PutOrder(OrderStatus.Sent, Order(1042));
        using var client = StandInHttp.CreateClient(server, "grant-move");

        agreement.MoveOrder(1042, OrderStatus.Sent, OrderStatus.Archived);
        var archived = await client.GetJsonAsync("orders/archived/1042");
        var sent = await client.GetJsonAsync("orders/sent/1042", HttpStatusCode.NotFound);

        Assert.Equal($"{server.BaseUrl}orders/archived/1042", (string?)archived["self"]);
        Assert.Equal(404, (int)sent["httpStatusCode"]!);
        Assert.Empty(agreement.Orders(OrderStatus.Sent));
    }

    [Fact]
    public async Task Orders_Root_ListsTheThreeOrderLists()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var root = await client.GetJsonAsync("orders");

        Assert.Equal($"{server.BaseUrl}orders/drafts", (string?)root["drafts"]);
        Assert.Equal($"{server.BaseUrl}orders/sent", (string?)root["sent"]);
        Assert.Equal($"{server.BaseUrl}orders/archived", (string?)root["archived"]);
    }

    [Fact]
    public async Task AddGeneratedOrders_EmptyAgreement_ContinuesNumbers()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false });
        var agreement = server.AddAgreement("grant-generated", 9200010, "Generator ApS");
        agreement.PutOrder(OrderStatus.Draft, Order(5000));

        agreement.AddGeneratedOrders(OrderStatus.Sent, 3);

        Assert.Equal([5001, 5002, 5003], agreement.Orders(OrderStatus.Sent).Select(order => (int)order["orderNumber"]!));
        Assert.NotEmpty(agreement.Customers());
        Assert.NotEmpty(agreement.Products());
    }

    private static JsonObject Order(int orderNumber) => new()
    {
        ["orderNumber"] = orderNumber,
        ["date"] = "2026-02-27",
        ["currency"] = "DKK",
        ["customer"] = new JsonObject { ["customerNumber"] = 1 },
        ["recipient"] = new JsonObject { ["name"] = "Hansen Test", ["address"] = "Testvej 1", ["zip"] = "8000", ["city"] = "Aarhus C", ["vatZone"] = new JsonObject { ["vatZoneNumber"] = 1 } },
        ["lines"] = new JsonArray(new JsonObject { ["lineNumber"] = 1, ["description"] = "Kaffe", ["product"] = new JsonObject { ["productNumber"] = "A100" }, ["quantity"] = 2.5m }),
        ["layout"] = new JsonObject { ["layoutNumber"] = 19 },
    };
}
