using System.Globalization;
using System.Text.Json.Nodes;
using Economic.StandIn.Collections;
using Economic.StandIn.Products;

namespace Economic.StandIn.Agreements;

/// <summary>Sets the links and <c>lastUpdated</c> e-conomic maintains on a stored document.</summary>
internal static class ResourceStamps
{
    public static string PathOf(OrderStatus status) => status switch
    {
        OrderStatus.Draft => "drafts",
        OrderStatus.Sent => "sent",
        _ => "archived",
    };

    public static string Seconds(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Product timestamps are observed at minute precision (seconds always zero), customers and orders to the second.
    public static string Minutes(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:00'Z'", CultureInfo.InvariantCulture);

    public static void Order(JsonObject order, OrderStatus status, int orderNumber, DateTimeOffset now)
    {
        var self = $"{Links.CanonicalBase}orders/{PathOf(status)}/{orderNumber}";
        if (status == OrderStatus.Archived)
        {
            order.Remove("templates");
            order.Remove("lastUpdated");
        }
        else
        {
            order["templates"] = new JsonObject
            {
                ["upgradeInstructions"] = $"{self}/templates/upgrade-instructions/draftInvoice",
                ["self"] = $"{self}/templates",
            };
            order["lastUpdated"] = Seconds(now);
        }

        order["attachment"] = $"{self}/attachment";
        order["pdf"] = new JsonObject { ["download"] = $"{self}/pdf" };
        order["self"] = self;
    }

    public static void Customer(JsonObject customer, int customerNumber, DateTimeOffset now)
    {
        var self = $"{Links.CanonicalBase}customers/{customerNumber}";
        customer["lastUpdated"] = Seconds(now);
        customer["contacts"] = $"{self}/contacts";
        customer["deliveryLocations"] = $"{self}/delivery-locations";
        customer["self"] = self;
    }

    public static void Product(JsonObject product, string productNumber, DateTimeOffset now)
    {
        var self = $"{Links.CanonicalBase}products/{ProductNumberPath.Escape(productNumber)}";
        product["lastUpdated"] = Minutes(now);
        product["invoices"] = new JsonObject
        {
            ["drafts"] = $"{self}/invoices/drafts",
            ["booked"] = $"{self}/invoices/booked",
            ["self"] = $"{self}/invoices",
        };
        product["pricing"] = new JsonObject { ["currencySpecificSalesPrices"] = $"{self}/pricing/currency-specific-sales-prices" };
        product["self"] = self;
    }
}
