using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.DemoData;

/// <summary>References to the agreement's fixed setup: payment terms, VAT zones, layouts, units and groups.</summary>
internal static class DemoReferences
{
    public const int LayoutNumber = 19;

    private static readonly (int Number, int Days, string Name, string Type)[] Terms =
    [
        (1, 8, "Netto 8 dage", "net"), (2, 14, "Netto 14 dage", "net"),
        (5, 30, "Netto 30 dage", "net"), (3, 30, "Løbende måned + 30 dage", "invoiceMonth"),
    ];

    private static readonly (int Number, string Name)[] Units = [(1, "stk."), (2, "kg"), (3, "pk."), (4, "m")];

    public static int PaymentTermsCount => Terms.Length;

    public static JsonObject PaymentTermsReference(int index) => Link("paymentTermsNumber", Terms[index].Number, "payment-terms");

    public static JsonObject PaymentTerms(int index) => new()
    {
        ["paymentTermsNumber"] = Terms[index].Number,
        ["daysOfCredit"] = Terms[index].Days,
        ["name"] = Terms[index].Name,
        ["paymentTermsType"] = Terms[index].Type,
        ["self"] = $"{Links.CanonicalBase}payment-terms/{Terms[index].Number}",
    };

    public static int DaysOfCredit(int index) => Terms[index].Days;

    public static JsonObject VatZone(int number) => Link("vatZoneNumber", number, "vat-zones");

    public static JsonObject Layout() => Link("layoutNumber", LayoutNumber, "layouts");

    public static JsonObject CustomerGroup(int number) => Link("customerGroupNumber", number, "customer-groups");

    public static JsonObject Unit(int number) => new()
    {
        ["unitNumber"] = number,
        ["name"] = Units[number - 1].Name,
        ["products"] = $"{Links.CanonicalBase}units/{number}/products",
        ["self"] = $"{Links.CanonicalBase}units/{number}",
    };

    public static JsonObject Customer(int number) => Link("customerNumber", number, "customers");

    private static JsonObject Link(string property, int number, string path) => new()
    {
        [property] = number,
        ["self"] = $"{Links.CanonicalBase}{path}/{number}",
    };
}
