using System.Globalization;
using System.Text.Json.Nodes;
using Economic.StandIn;
using static Economic.Plugin.Tests.Acceptance.AcceptanceImport;
using static Economic.Plugin.Tests.Acceptance.StandInRequests;

namespace Economic.Plugin.Tests.Acceptance;

/// <summary>
/// The import reads an order's customer from <c>/customers/{customerNumber}</c> and never with a filter. Special
/// characters in names and e-mails therefore cannot break the lookup, and an ignored filter cannot return customer 1.
/// </summary>
public sealed class CustomerLinkAcceptanceTests(StandInFixture standIn) : IClassFixture<StandInFixture>
{
    [Fact]
    public async Task Import_SpecialCharacterCustomers_LinkedByNumber()
    {
        var (agreement, grantToken) = standIn.AddAgreement("Kunder ApS");
        agreement.AddGeneratedOrders(OrderStatus.Sent, 50);
        var template = agreement.Orders(OrderStatus.Sent)[0];
        agreement.PutCustomer(Customer(template, 101, "Jensen (Test) $hop ApS", "ordre+lager@example.dk"));
        agreement.PutCustomer(Customer(template, 102, "Kabel[2] Fiktiv I/S", "info@example.dk"));
        agreement.PutOrder(OrderStatus.Sent, Order(template, 9001, 101));
        agreement.PutOrder(OrderStatus.Sent, Order(template, 9002, 102));
        using var plugin = CreatePlugin(standIn, grantToken);

        var result = await ImportAsync(plugin);

        Assert.Null(result.Error);
        Assert.Equal(52, result.Inserted);
        var jensen = plugin.Warehouse.Orders["9001"].Order.Customer;
        Assert.Equal("101", jensen.CustomerNumber);
        Assert.Equal("Jensen (Test) $hop ApS", jensen.Name);
        Assert.Equal("ordre+lager@example.dk", jensen.Email);
        var kabel = plugin.Warehouse.Orders["9002"].Order.Customer;
        Assert.Equal("102", kabel.CustomerNumber);
        Assert.Equal("Kabel[2] Fiktiv I/S", kabel.Name);
        var names = agreement.Customers().ToDictionary(customer => Number(customer, "customerNumber"), customer => customer["name"]!.GetValue<string>());
        foreach (var order in agreement.Orders(OrderStatus.Sent))
        {
            var customerNumber = Number(order["customer"]!.AsObject(), "customerNumber");
            var stored = plugin.Warehouse.Orders[Number(order, "orderNumber")].Order.Customer;
            Assert.Equal(customerNumber, stored.CustomerNumber);
            Assert.Equal(names[customerNumber], stored.Name);
        }

        var customerReads = standIn.RequestsOf(agreement).Where(request => PathOf(request).StartsWith("/customers", StringComparison.Ordinal)).ToList();
        Assert.All(customerReads, request => Assert.True(IsItemRead(request, "/customers"), request.PathAndQuery));
        Assert.All(customerReads, request => Assert.DoesNotContain("?", request.PathAndQuery, StringComparison.Ordinal));
        Assert.Equal(customerReads.Count, customerReads.Select(request => request.PathAndQuery).Distinct(StringComparer.Ordinal).Count());
    }

    private static JsonObject Customer(JsonObject order, int customerNumber, string name, string email)
    {
        var recipient = order["recipient"]!.AsObject();
        return new JsonObject
        {
            ["customerNumber"] = customerNumber,
            ["name"] = name,
            ["email"] = email,
            ["currency"] = "DKK",
            ["address"] = recipient["address"]?.DeepClone(),
            ["zip"] = recipient["zip"]?.DeepClone(),
            ["city"] = recipient["city"]?.DeepClone(),
            ["country"] = "Danmark",
            ["vatZone"] = new JsonObject { ["vatZoneNumber"] = 1 },
            ["customerGroup"] = new JsonObject { ["customerGroupNumber"] = 1 },
            ["paymentTerms"] = new JsonObject { ["paymentTermsNumber"] = 1 },
        };
    }

    private static JsonObject Order(JsonObject template, int orderNumber, int customerNumber)
    {
        var order = template.DeepClone().AsObject();
        order["orderNumber"] = orderNumber;
        order["customer"] = new JsonObject { ["customerNumber"] = customerNumber };

        return order;
    }

    private static string Number(JsonObject document, string property) =>
        document[property]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
}
