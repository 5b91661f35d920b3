using System.Globalization;
using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.DemoData;

/// <summary>
/// Creates orders for existing customers and products: DKK, EUR and SEK, delivery to a parcel shop,
/// to another address or no delivery block at all, notes, references and text lines.
/// </summary>
internal static class OrderFactory
{
    private static readonly Dictionary<string, decimal> ExchangeRates = new(StringComparer.Ordinal)
    {
        ["DKK"] = 100.000000m,
        ["EUR"] = 746.080000m,
        ["SEK"] = 68.920000m,
    };

    public static JsonObject Create(Random random, int orderNumber, JsonObject customer, IReadOnlyList<JsonObject> products, DateOnly date)
    {
        var currency = JsonFields.Text(customer["currency"]) ?? "DKK";
        var exchangeRate = ExchangeRates.GetValueOrDefault(currency, 100m);
        var termsIndex = random.Next(DemoReferences.PaymentTermsCount);
        var lines = Lines(random, products, exchangeRate);
        var order = new JsonObject
        {
            ["orderNumber"] = orderNumber,
            ["soap"] = new JsonObject { ["orderHandle"] = new JsonObject { ["id"] = orderNumber + 7 } },
            ["lines"] = lines,
            ["date"] = Date(date),
            ["currency"] = currency,
            ["exchangeRate"] = exchangeRate,
        };

        var vatZone = (int)(JsonFields.Number(JsonFields.Find(customer, "vatZone.vatZoneNumber")) ?? 1);
        OrderTotals.Add(order, lines, exchangeRate, vatZone == 1 ? 0.25m : 0m);
        order["dueDate"] = Date(date.AddDays(DemoReferences.DaysOfCredit(termsIndex)));
        order["paymentTerms"] = DemoReferences.PaymentTerms(termsIndex);
        order["customer"] = DemoReferences.Customer((int)(JsonFields.Number(customer["customerNumber"]) ?? 1));
        order["recipient"] = Recipient(customer, vatZone);
        OrderDelivery.Add(random, order, customer, date);
        AddNotes(random, order, orderNumber);
        order["layout"] = DemoReferences.Layout();

        return order;
    }

    private static JsonArray Lines(Random random, IReadOnlyList<JsonObject> products, decimal exchangeRate)
    {
        var lines = new JsonArray();
        var count = random.Next(1, 6);
        for (var lineNumber = 1; lineNumber <= count; lineNumber++)
        {
            var isText = lineNumber > 1 && random.Next(100) < 15;
            lines.Add(isText
                ? OrderLineFactory.TextLine(random, lineNumber)
                : OrderLineFactory.ProductLine(random, lineNumber, random.Pick(products), exchangeRate));
        }

        return lines;
    }

    private static JsonObject Recipient(JsonObject customer, int vatZone)
    {
        var recipient = new JsonObject();
        foreach (var property in new[] { "name", "address", "zip", "city", "country", "ean" })
        {
            if (JsonFields.Text(customer[property]) is { } value)
            {
                recipient[property] = value;
            }
        }

        recipient["vatZone"] = DemoReferences.VatZone(vatZone);
        if (recipient.ContainsKey("ean"))
        {
            recipient["nemHandelType"] = "ean";
        }

        return recipient;
    }

    private static void AddNotes(Random random, JsonObject order, int orderNumber)
    {
        if (random.Next(100) < 60)
        {
            order["references"] = new JsonObject { ["other"] = $"WEB-{orderNumber + 40000}" };
        }

        if (random.Next(100) < 45)
        {
            order["notes"] = new JsonObject
            {
                ["heading"] = $"Webordre #{orderNumber + 40000}",
                ["textLine1"] = random.Next(2) == 0 ? "Stilles ved bagdøren.\nRing på 2. sal, hvis ingen åbner." : "Tak for din bestilling!",
                ["textLine2"] = "Betaling senest på forfaldsdatoen. Spørgsmål? Skriv til ordre@nordlys-lager.example",
            };
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
