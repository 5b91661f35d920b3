using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.DemoData;

/// <summary>Creates order lines: product lines (fractional quantities for goods sold by weight or length) and text lines without a product.</summary>
internal static class OrderLineFactory
{
    private static readonly string[] TextLines =
    [
        "Husk: leveres på palle", "Gaveindpakning ønskes", "Tekst: kunden henter selv restordren", "Bemærk: skrøbelig vare",
    ];

    public static JsonObject ProductLine(Random random, int lineNumber, JsonObject product, decimal exchangeRate)
    {
        var unit = product["unit"]!.AsObject();
        var unitNumber = JsonFields.Number(unit["unitNumber"]) ?? 1;
        var quantity = unitNumber is 2 or 4
            ? random.Next(1, 20) * 0.5m
            : random.Next(1, 12);
        var unitNetPrice = Math.Round((JsonFields.Number(product["salesPrice"]) ?? 0) * 100 / exchangeRate, 2);
        var discount = random.Next(100) < 20 ? 10.00m : 0.00m;
        var unitCostPrice = Math.Round((JsonFields.Number(product["costPrice"]) ?? 0) * 100 / exchangeRate, 2);
        var total = Math.Round(quantity * unitNetPrice * (100 - discount) / 100, 2);

        return new JsonObject
        {
            ["lineNumber"] = lineNumber,
            ["sortKey"] = lineNumber,
            ["description"] = JsonFields.Text(product["name"]),
            ["unit"] = unit.DeepClone(),
            ["product"] = new JsonObject
            {
                ["productNumber"] = JsonFields.Text(product["productNumber"]),
                ["self"] = JsonFields.Text(product["self"]),
            },
            ["quantity"] = quantity,
            ["unitNetPrice"] = unitNetPrice,
            ["discountPercentage"] = discount,
            ["unitCostPrice"] = unitCostPrice,
            ["totalNetAmount"] = total,
            ["marginInBaseCurrency"] = Math.Round((total - (quantity * unitCostPrice)) * exchangeRate / 100, 2),
            ["marginPercentage"] = total == 0 ? 0.00m : Math.Round((total - (quantity * unitCostPrice)) * 100 / total, 2),
        };
    }

    public static JsonObject TextLine(Random random, int lineNumber) => new()
    {
        ["lineNumber"] = lineNumber,
        ["sortKey"] = lineNumber,
        ["description"] = random.Pick(TextLines),
    };
}
