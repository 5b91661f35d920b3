using System.Text.Json.Nodes;

namespace Economic.StandIn.Invoices;

/// <summary>Reports every explicit null in a request body, as e-conomic's schema validation does.</summary>
internal static class NullChecks
{
    private static readonly HashSet<string> Objects = new(StringComparer.Ordinal)
    {
        "customer", "layout", "paymentTerms", "recipient", "vatZone", "attention", "product", "unit", "references",
        "notes", "delivery", "deliveryLocation", "project", "accrual", "departmentalDistribution", "salesPerson",
        "vendorReference", "customerContact",
    };

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        "quantity", "unitNetPrice", "discountPercentage", "unitCostPrice", "exchangeRate",
    };

    public static void Report(JsonObject draft, ValidationErrors errors)
    {
        foreach (var (name, child) in draft)
        {
            if (name == "lines" && child is JsonArray lines)
            {
                for (var index = 0; index < lines.Count; index++)
                {
                    foreach (var path in NullPaths(lines[index], string.Empty))
                    {
                        errors.AddLine(index, path, "E04300", Message(path));
                    }
                }

                continue;
            }

            foreach (var path in NullPaths(child, name))
            {
                errors.Add(path, "E04300", Message(path));
            }
        }
    }

    private static IEnumerable<string> NullPaths(JsonNode? node, string path)
    {
        if (node is null)
        {
            return path.Length == 0 ? [] : [path];
        }

        return node is JsonObject obj
            ? obj.SelectMany(pair => NullPaths(pair.Value, path.Length == 0 ? pair.Key : $"{path}.{pair.Key}"))
            : [];
    }

    private static string Message(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var expected = Objects.Contains(name) ? "Object"
            : Numbers.Contains(name) ? "Number"
            : (name.EndsWith("Number", StringComparison.Ordinal) && name != "productNumber") || name is "sortKey" or "daysOfCredit" ? "Integer"
            : "String";

        return $"Invalid type. Expected {expected} but got Null.";
    }
}
