using System.Globalization;
using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.DemoData;

/// <summary>
/// Creates products whose numbers exercise e-conomic's rules: leading zeros, spaces, '/', '.', '_', letters and æøå;
/// some are barred, some carry <c>"barred": false</c>, some omit it, and some have no barcode or inventory block.
/// </summary>
internal static class ProductFactory
{
    private static readonly (string Name, int Unit)[] Catalogue =
    [
        ("Kaffebønner økologisk 500 g", 1), ("Rugbrød surdej", 1), ("Æblemost 1 l", 1), ("Røget laks i skiver", 3),
        ("Havregryn løsvægt", 2), ("Kartofler, nye danske", 2), ("Tørklæde i uld, grå", 1), ("Strømpebukser str. M", 3),
        ("Fødselsdagslys 24 stk.", 3), ("Hørgarn natur", 4), ("Pålægschokolade mørk", 3), ("Bøgeplanker 25 mm", 4),
        ("Ølglas 33 cl", 1), ("Smør, saltet 250 g", 1), ("Jordbærsyltetøj", 1), ("Grøntsagsfrø, blandede", 3),
    ];

    public static string NumberFor(int index) => (index % 10) switch
    {
        0 => index.ToString("00000", CultureInfo.InvariantCulture),
        1 => $"KAFFE {index}",
        2 => $"HV/{index}",
        3 => $"12.{index}",
        4 => $"BOX_{index}",
        5 => $"A{index}",
        6 => $"ÆBLE-{index}",
        _ => (1000 + index).ToString(CultureInfo.InvariantCulture),
    };

    public static JsonObject Create(Random random, int index, string productNumber)
    {
        var (name, unit) = Catalogue[index % Catalogue.Length];
        var salesPrice = Math.Round((decimal)random.Next(500, 250_000) / 100, 2);
        var product = new JsonObject
        {
            ["productNumber"] = productNumber,
            ["description"] = $"{name} – varenummer {productNumber}",
            ["name"] = name,
            ["costPrice"] = Math.Round(salesPrice * 0.55m, 2),
            ["recommendedPrice"] = Math.Round(salesPrice * 1.1m, 2),
            ["salesPrice"] = salesPrice,
        };

        if (index % 7 != 3)
        {
            product["barCode"] = $"57{random.NextInt64(10_000_000_000, 99_999_999_999)}";
        }

        if (index % 23 == 5)
        {
            product["barred"] = true;
        }
        else if (index % 3 == 0)
        {
            product["barred"] = false;
        }

        product["productGroup"] = ProductGroup();
        product["unit"] = DemoReferences.Unit(unit);
        AddInventory(random, product, index);

        return product;
    }

    private static void AddInventory(Random random, JsonObject product, int index)
    {
        if (index % 5 == 4)
        {
            return;
        }

        var inStock = (decimal)random.Next(0, 400);
        var ordered = (decimal)random.Next(0, 30);
        product["inventory"] = new JsonObject
        {
            ["available"] = inStock - ordered,
            ["inStock"] = inStock,
            ["orderedByCustomers"] = ordered,
            ["orderedFromSuppliers"] = (decimal)random.Next(0, 50),
            ["packageVolume"] = 0.00m,
            ["grossWeight"] = Math.Round((decimal)random.Next(10, 5000) / 1000, 3),
            ["netWeight"] = Math.Round((decimal)random.Next(10, 4000) / 1000, 3),
            ["recommendedCostPrice"] = 0.00m,
        };
    }

    private static JsonObject ProductGroup() => new()
    {
        ["productGroupNumber"] = 1,
        ["name"] = "Varer m/moms",
        ["salesAccounts"] = $"{Links.CanonicalBase}product-groups/1/sales-accounts",
        ["products"] = $"{Links.CanonicalBase}product-groups/1/products",
        ["inventoryEnabled"] = true,
        ["self"] = $"{Links.CanonicalBase}product-groups/1",
    };
}
