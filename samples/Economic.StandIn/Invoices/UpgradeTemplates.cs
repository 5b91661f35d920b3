using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.Invoices;

/// <summary>
/// Builds the draft invoice e-conomic offers for an order
/// (<c>GET /orders/{drafts|sent}/{n}/templates/upgrade-instructions/draftInvoice</c>): the order's
/// writable members and lines, without order numbers, totals or links to the order.
/// </summary>
internal static class UpgradeTemplates
{
    private static readonly string[] HeaderMembers =
    [
        "date", "currency", "exchangeRate", "dueDate", "paymentTerms", "customer", "recipient", "deliveryLocation",
        "delivery", "notes", "references", "layout", "project",
    ];

    private static readonly string[] LineMembers =
    [
        "lineNumber", "sortKey", "description", "accrual", "unit", "product", "quantity", "unitNetPrice",
        "discountPercentage", "unitCostPrice", "departmentalDistribution",
    ];

    public static JsonObject Build(JsonObject order)
    {
        var template = Copy(order, HeaderMembers);
        var lines = new JsonArray();
        foreach (var line in order["lines"] as JsonArray ?? [])
        {
            if (line is JsonObject lineObject)
            {
                lines.Add(Copy(lineObject, LineMembers));
            }
        }

        template["lines"] = lines;
        return template;
    }

    public static IssuedTemplate Describe(int orderNumber, JsonObject order)
    {
        var customerNumber = (int)(JsonFields.Number(JsonFields.Find(order, "customer.customerNumber")) ?? 0);
        var products = (order["lines"] as JsonArray ?? [])
            .Select(line => JsonFields.Text(line?["product"]?["productNumber"]))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        return new IssuedTemplate(orderNumber, customerNumber, products);
    }

    private static JsonObject Copy(JsonObject source, string[] members)
    {
        var copy = new JsonObject();
        foreach (var member in members)
        {
            if (source[member] is { } value)
            {
                copy[member] = value.DeepClone();
            }
        }

        return copy;
    }
}
