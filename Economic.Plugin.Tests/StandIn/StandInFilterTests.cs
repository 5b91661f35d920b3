using System.Net;
using System.Text.Json.Nodes;
using Economic.StandIn;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.StandIn;

public sealed class StandInFilterTests
{
    [Fact]
    public async Task Customers_NonFilterableProperty_Returns400()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var error = await client.GetJsonAsync($"customers?{StandInHttp.Filter("bogusProp$eq:1")}", HttpStatusCode.BadRequest);

        Assert.Equal("Could not parse query string filter.", (string?)error["message"]);
        Assert.Equal("Filtering is not allowed on property 'bogusProp'.", (string?)error["errors"]![0]);
        var allowed = error["allowedFilteringFields"]!.AsArray().Select(field => (string)field!).ToList();
        Assert.Contains("customerGroup.customerGroupNumber", allowed);
        Assert.Contains("lastUpdated", allowed);
    }

    [Fact]
    public async Task ArchivedOrders_LastUpdatedFilter_Returns400()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var error = await client.GetJsonAsync($"orders/archived?{StandInHttp.Filter("lastUpdated$gt:2026-01-01")}", HttpStatusCode.BadRequest);

        Assert.DoesNotContain("lastUpdated", error["allowedFilteringFields"]!.AsArray().Select(field => (string)field!));
    }

    [Fact]
    public async Task Products_LastUpdatedFilter_ReturnsLaterChanges()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false, TimeProvider = clock });
        var agreement = server.AddAgreement("grant-filter", 9200004, "Filter ApS");
        agreement.PutProduct(new JsonObject { ["productNumber"] = "OLD", ["name"] = "Gammel vare" });
        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(42));
        agreement.PutProduct(new JsonObject { ["productNumber"] = "NEW", ["name"] = "Ny vare" });
        using var client = StandInHttp.CreateClient(server, "grant-filter");

        var byInstant = await client.GetJsonAsync($"products?{StandInHttp.Filter("lastUpdated$gt:2026-03-01T08:01:00Z")}");
        var byDate = await client.GetJsonAsync($"products?{StandInHttp.Filter("lastUpdated$gte:2026-03-01")}");

        var product = Assert.Single(byInstant.Collection());
        Assert.Equal("NEW", (string?)product!["productNumber"]);
        Assert.Equal("2026-03-01T08:05:00Z", (string?)product["lastUpdated"]);
        Assert.Equal(2, byDate.Collection().Count);
    }

    [Fact]
    public async Task Customers_InOver200Values_Returns400()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);
        var values = string.Join(',', Enumerable.Range(1, 201));

        var tooMany = await client.GetJsonAsync($"customers?{StandInHttp.Filter($"customerNumber$in:[{values}]")}", HttpStatusCode.BadRequest);
        var enough = await client.GetJsonAsync($"customers?{StandInHttp.Filter("customerNumber$in:[2,5,7]")}");

        Assert.Contains("200", (string?)tooMany["errors"]![0], StringComparison.Ordinal);
        Assert.Equal([2, 5, 7], enough.Collection().Select(customer => (int)customer!["customerNumber"]!));
    }

    [Fact]
    public async Task Customers_EscapedCharacters_MatchOneCustomer()
    {
        await using var server = await StandInServer.StartAsync();
        var demo = server.GetAgreement(StandInHttp.DemoGrant);
        demo.PutCustomer(new JsonObject { ["customerNumber"] = 901, ["name"] = "Jensen (Test) $hop ApS", ["email"] = "ordre+lager@example.dk" });
        demo.PutCustomer(new JsonObject { ["customerNumber"] = 902, ["name"] = "Kabel[2], Fiktiv* I/S" });
        using var client = StandInHttp.CreateClient(server);

        var byName = await client.GetJsonAsync($"customers?{StandInHttp.Filter("name$eq:jensen $(test$) $$hop aps")}");
        var byBrackets = await client.GetJsonAsync($"customers?{StandInHttp.Filter("name$eq:Kabel$[2$]$, Fiktiv$* I/S")}");
        var byEmail = await client.GetJsonAsync($"customers?{StandInHttp.Filter("email$eq:ordre+lager@example.dk$and:(customerNumber$lt:902$or:customerNumber$eq:$null:)")}");

        Assert.Equal(901, (int)Assert.Single(byName.Collection())!["customerNumber"]!);
        Assert.Equal(902, (int)Assert.Single(byBrackets.Collection())!["customerNumber"]!);
        Assert.Equal(901, (int)Assert.Single(byEmail.Collection())!["customerNumber"]!);
    }

    [Fact]
    public async Task Products_LikeWithoutWildcard_MeansContains()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false });
        var agreement = server.AddAgreement("grant-like", 9200005, "Like ApS");
        agreement.PutProduct(new JsonObject { ["productNumber"] = "K1", ["name"] = "Kaffebønner økologisk" });
        agreement.PutProduct(new JsonObject { ["productNumber"] = "K2", ["name"] = "Te, grøn" });
        using var client = StandInHttp.CreateClient(server, "grant-like");

        var contains = await client.GetJsonAsync($"products?{StandInHttp.Filter("name$like:BØNNER")}");
        var startsWith = await client.GetJsonAsync($"products?{StandInHttp.Filter("name$like:te*")}");

        Assert.Equal("K1", (string?)Assert.Single(contains.Collection())!["productNumber"]);
        Assert.Equal("K2", (string?)Assert.Single(startsWith.Collection())!["productNumber"]);
    }

    [Fact]
    public async Task Products_BarredNotEqual_Returns500()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var crash = await client.GetJsonAsync($"products?{StandInHttp.Filter("barred$ne:true")}", HttpStatusCode.InternalServerError);
        var barred = await client.GetJsonAsync($"products?{StandInHttp.Filter("barred$eq:true")}&pagesize=1000");

        Assert.Equal(500, (int)crash["httpStatusCode"]!);
        Assert.NotEmpty(barred.Collection());
        Assert.All(barred.Collection(), product => Assert.True((bool)product!["barred"]!));
    }

    [Fact]
    public async Task Customers_UnknownQueryParameter_IsIgnored()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var page = await client.GetJsonAsync("customers?email=nobody@example.dk");

        Assert.Equal(250, (int)page.Pagination()["results"]!);
    }

    [Fact]
    public async Task SentOrders_NestedOrFilter_MatchesEitherTerm()
    {
        await using var server = await StandInServer.StartAsync();
        var sent = server.GetAgreement(StandInHttp.DemoGrant).Orders(OrderStatus.Sent);
        using var client = StandInHttp.CreateClient(server);
        var filter = "currency$eq:DKK$and:(delivery.deliveryTerms$like:Pakkeshop$or:delivery.deliveryTerms$like:Servicepoint)";

        var page = await client.GetJsonAsync($"orders/sent?{StandInHttp.Filter(filter)}&pagesize=1000");

        var expected = sent.Where(order => (string?)order["currency"] == "DKK"
                && ((string?)order["delivery"]?["deliveryTerms"] ?? string.Empty) is var terms
                && (terms.Contains("Pakkeshop", StringComparison.OrdinalIgnoreCase) || terms.Contains("Servicepoint", StringComparison.OrdinalIgnoreCase)))
            .Select(order => (int)order["orderNumber"]!)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Collection().Select(order => (int)order!["orderNumber"]!));
    }

    [Fact]
    public async Task SentOrders_AndBeforeOr_GroupsAndFirst()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var page = await client.GetJsonAsync($"orders/sent?{StandInHttp.Filter("orderNumber$eq:10030$or:orderNumber$gte:10275$and:orderNumber$lt:10277")}");

        Assert.Equal([10030, 10275, 10276], page.Collection().Select(order => (int)order!["orderNumber"]!));
    }

    [Fact]
    public async Task Customers_SortOnNonSortableProperty_Returns400()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var error = await client.GetJsonAsync("customers?sort=customerGroup.customerGroupNumber", HttpStatusCode.BadRequest);

        Assert.Contains("customerGroup.customerGroupNumber", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customers_MalformedFilter_Returns400WithReason()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var unbalanced = await client.GetJsonAsync($"customers?{StandInHttp.Filter("(name$eq:Jensen")}", HttpStatusCode.BadRequest);
        var loneDollar = await client.GetJsonAsync($"customers?{StandInHttp.Filter("name$eq:5$ shop")}", HttpStatusCode.BadRequest);
        var textInList = await client.GetJsonAsync($"customers?{StandInHttp.Filter("name$in:[a,b]")}", HttpStatusCode.BadRequest);

        Assert.Contains("')'", (string?)unbalanced["errors"]![0], StringComparison.Ordinal);
        Assert.Contains("'$$'", (string?)loneDollar["errors"]![0], StringComparison.Ordinal);
        Assert.Contains("numeric", (string?)textInList["errors"]![0], StringComparison.Ordinal);
    }
}
