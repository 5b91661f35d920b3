using System.Globalization;
using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.DemoData;

/// <summary>
/// Adds the delivery block: a parcel shop for about a third of domestic orders, another address or the
/// customer's own for most others, and none at all for the rest (the recipient is then the address).
/// </summary>
internal static class OrderDelivery
{
    private static readonly string[] HomeTerms = ["GLS Privatlevering", "PostNord MyPack Home", "Fragtfri levering", "Levering"];

    public static void Add(Random random, JsonObject order, JsonObject customer, DateOnly date)
    {
        var domestic = JsonFields.Text(customer["currency"]) == "DKK";
        var roll = random.Next(100);
        var deliveryDate = date.AddDays(random.Next(1, 6)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (roll < 25)
        {
            return;
        }

        if (domestic && roll < 60)
        {
            var shop = random.Pick(Droppoints.All);
            order["delivery"] = Block(shop.Address, shop.Zip, shop.City, "Danmark", shop.DeliveryTerms, deliveryDate);
            return;
        }

        var (street, zip, city) = random.Pick(DemoPlaces.DanishAddresses);
        order["delivery"] = domestic && roll < 80
            ? Block($"{street} {random.Next(1, 90)}\nLager B, port 4", zip, city, random.Pick(DemoPlaces.DanishCountrySpellings), random.Pick(HomeTerms), deliveryDate)
            : Block(JsonFields.Text(customer["address"]), JsonFields.Text(customer["zip"]), JsonFields.Text(customer["city"]), JsonFields.Text(customer["country"]), "Fragt betales af modtager", deliveryDate);
    }

    private static JsonObject Block(string? address, string? zip, string? city, string? country, string terms, string deliveryDate) => new()
    {
        ["address"] = address,
        ["zip"] = zip,
        ["city"] = city,
        ["country"] = country,
        ["deliveryTerms"] = terms,
        ["deliveryDate"] = deliveryDate,
    };
}
