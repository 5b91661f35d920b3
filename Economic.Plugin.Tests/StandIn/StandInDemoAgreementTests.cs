using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StandIn;

public sealed partial class StandInDemoAgreementTests
{
    [Fact]
    public async Task DemoAgreement_Seeded_HasRequiredVariety()
    {
        await using var server = await StandInServer.StartAsync();
        var demo = server.GetAgreement(StandInHttp.DemoGrant);

        var sent = demo.Orders(OrderStatus.Sent);
        var orders = sent.Concat(demo.Orders(OrderStatus.Draft)).Concat(demo.Orders(OrderStatus.Archived)).ToList();
        var customers = demo.Customers();
        var products = demo.Products();

        Assert.Equal((260, 40, 20), (sent.Count, demo.Orders(OrderStatus.Draft).Count, demo.Orders(OrderStatus.Archived).Count));
        Assert.Equal((250, 300), (customers.Count, products.Count));
        Assert.True(orders.Count(IsDroppointOrder) >= 30, "too few droppoint orders");
        Assert.True(orders.Count(order => !order.ContainsKey("delivery")) >= 30, "too few orders without delivery");
        Assert.True(orders.Count(order => (string?)order["currency"] == "EUR") >= 5, "too few EUR orders");
        Assert.True(orders.Count(order => (string?)order["currency"] == "SEK") >= 5, "too few SEK orders");
        Assert.True(orders.Count(order => order["lines"]!.AsArray().Any(line => line!["product"] is null)) >= 10, "too few text lines");
        Assert.True(orders.SelectMany(order => order["lines"]!.AsArray()).Count(line => (decimal?)line!["quantity"] % 1 != 0) >= 10, "too few fractional quantities");
        Assert.True(customers.Count(customer => !customer.ContainsKey("email")) >= 10, "too few customers without e-mail");
        Assert.True(customers.Count(customer => !customer.ContainsKey("telephoneAndFaxNumber")) >= 10, "too few customers without phone");
        Assert.Contains(customers, customer => ((string?)customer["address"])!.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(products, product => !product.ContainsKey("barCode"));
        Assert.Contains(products, product => !product.ContainsKey("barred"));
        Assert.Contains(products, product => (bool?)product["barred"] == true);
        Assert.Contains(products, product => ((string)product["productNumber"]!).StartsWith('0'));
    }

    [Fact]
    public async Task DemoAgreement_SameSeedAndClock_IsIdentical()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var first = await StandInServer.StartAsync(new StandInOptions { TimeProvider = clock });
        await using var second = await StandInServer.StartAsync(new StandInOptions { TimeProvider = clock });

        var one = first.GetAgreement(StandInHttp.DemoGrant).Orders(OrderStatus.Sent);
        var two = second.GetAgreement(StandInHttp.DemoGrant).Orders(OrderStatus.Sent);

        Assert.True(one.Zip(two).All(pair => JsonNode.DeepEquals(pair.First, pair.Second)));
    }

    [Fact]
    public async Task DemoOrders_References_ExistInAgreement()
    {
        await using var server = await StandInServer.StartAsync();
        var demo = server.GetAgreement(StandInHttp.DemoGrant);

        var customerNumbers = demo.Customers().Select(customer => (int)customer["customerNumber"]!).ToHashSet();
        var productNumbers = demo.Products().Select(product => (string)product["productNumber"]!).ToHashSet();
        var orders = demo.Orders(OrderStatus.Sent);

        Assert.All(orders, order => Assert.Contains((int)order["customer"]!["customerNumber"]!, customerNumbers));
        Assert.All(orders.SelectMany(order => order["lines"]!.AsArray()).Where(line => line!["product"] is not null),
            line => Assert.Contains((string)line!["product"]!["productNumber"]!, productNumbers));
        Assert.All(orders, order => Assert.Equal(19, (int)order["layout"]!["layoutNumber"]!));
    }

    private static bool IsDroppointOrder(JsonObject order) =>
        order["delivery"] is JsonObject delivery
        && DroppointTerms().IsMatch((string?)delivery["deliveryTerms"] ?? string.Empty)
        && ((string?)delivery["address"])!.Contains('\n', StringComparison.Ordinal);

    [GeneratedRegex(@"^(GLS|PostNord|DAO) (Pakkeshop|Servicepoint) \d+$")]
    private static partial Regex DroppointTerms();
}
