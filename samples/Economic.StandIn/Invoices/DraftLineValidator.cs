using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;

namespace Economic.StandIn.Invoices;

/// <summary>
/// Validates draft invoice lines: a quantity or price needs a product, a product needs a quantity and a
/// description, the product must exist and not be barred (E06600), and numbers have at most 2 decimals (E04740).
/// </summary>
/// <remarks>NOTE: the wording of the barred-product message is inferred. Its code E06600 is e-conomic's.</remarks>
internal static class DraftLineValidator
{
    private static readonly string[] TwoDecimalMembers = ["quantity", "unitNetPrice", "discountPercentage", "unitCostPrice"];

    public static void Validate(JsonArray lines, AgreementData data, ValidationErrors errors)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index] is JsonObject line)
            {
                ValidateLine(index, line, data, errors);
            }
        }
    }

    private static void ValidateLine(int index, JsonObject line, AgreementData data, ValidationErrors errors)
    {
        foreach (var member in new[] { "lineNumber", "sortKey" })
        {
            if (line[member] is { } value && JsonFields.Number(value) is < 1)
            {
                errors.AddLine(index, member, "E04300", $"{member} must be 1 or greater.", value.DeepClone());
            }
        }

        foreach (var member in TwoDecimalMembers)
        {
            if (JsonFields.Number(line[member]) is { } number && decimal.Round(number, 2) != number)
            {
                errors.AddLine(index, member, "E04740", $"{member} scale cannot be greater then two decimal places.", JsonValue.Create(number));
            }
        }

        var product = line["product"] as JsonObject;
        var productNumber = JsonFields.Text(product?["productNumber"]);
        if (product is null)
        {
            if (line["quantity"] is not null || line["unitNetPrice"] is not null)
            {
                errors.AddLine(index, "product", "E04500", "No identifiers present on product. Please include either a self link or a productNumber.");
            }

            return;
        }

        ValidateProduct(index, line, productNumber, data, errors);
    }

    private static void ValidateProduct(int index, JsonObject line, string? productNumber, AgreementData data, ValidationErrors errors)
    {
        if (productNumber is null)
        {
            errors.AddLine(index, "product", "E04500", "No identifiers present on product. Please include either a self link or a productNumber.");
            return;
        }

        if (line["quantity"] is null)
        {
            errors.AddLine(index, "quantity", "E04730", "Property quantity must have a value when product is set.");
        }

        if (string.IsNullOrWhiteSpace(JsonFields.Text(line["description"])))
        {
            errors.AddLine(index, "description", "E04300", "Property description is required when an existing product is set.");
        }

        if (!data.Products.TryGetValue(productNumber, out var product))
        {
            errors.AddLine(index, "product", "E06000", "product does not exist.", JsonValue.Create(productNumber));
        }
        else if (JsonFields.Boolean(product["barred"]))
        {
            errors.AddLine(index, "product", "E06600", $"Product '{productNumber}' is barred and cannot be sold.", JsonValue.Create(productNumber));
        }
    }
}
