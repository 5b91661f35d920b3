using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// Turns the lines of an order's upgrade template into the lines of the invoice: each product line
/// carries the packed quantity, unpacked product lines are dropped and text lines keep their
/// description only. Lines are numbered 1..n in the template's order. A packed quantity above the
/// template line's quantity is never invoiced: the line is listed as over-packed instead, because a
/// host may pass on whatever its warehouse reported.
/// </summary>
internal static class DraftLinesBuilder
{
    /// <summary>Builds the invoice lines and lists what could not be matched.</summary>
    /// <param name="templateLines">The lines of the upgrade template.</param>
    /// <param name="packedLines">What the warehouse packed.</param>
    /// <param name="productNames">Finds a product's name for a product line without a description.</param>
    public static DraftLines Build(
        IReadOnlyList<DraftInvoiceLine> templateLines,
        IReadOnlyList<PackedLine> packedLines,
        Func<string, string?> productNames)
    {
        var packed = new PackedQuantities(packedLines, templateLines);
        var lines = new List<DraftInvoiceLine>();
        var overPacked = new List<OverPackedLine>();
        var productLineCount = 0;

        foreach (var templateLine in OrderedLines(templateLines))
        {
            var sku = templateLine.Product?.ProductNumber;
            var packedQuantity = sku is null ? 0m : packed.Take(templateLine.LineNumber, sku);
            if (sku is not null && templateLine.Quantity is { } ordered && Money.Round(packedQuantity) > ordered)
            {
                overPacked.Add(new OverPackedLine(templateLine.LineNumber, sku, packedQuantity, ordered));
                continue;
            }

            var line = sku is null ? TextLine(templateLine) : ProductLine(templateLine, sku, packedQuantity, productNames);
            if (line is null)
            {
                continue;
            }

            productLineCount += line.Product is null ? 0 : 1;
            lines.Add(line with { LineNumber = lines.Count + 1, SortKey = lines.Count + 1 });
        }

        return new DraftLines(lines, productLineCount, packed.Unmatched(), overPacked);
    }

    private static IEnumerable<DraftInvoiceLine> OrderedLines(IReadOnlyList<DraftInvoiceLine> lines) =>
        lines
            .Select((line, index) => (line, index))
            .OrderBy(item => item.line.SortKey ?? item.line.LineNumber ?? int.MaxValue)
            .ThenBy(item => item.index)
            .Select(item => item.line);

    private static DraftInvoiceLine? ProductLine(
        DraftInvoiceLine line,
        string sku,
        decimal packedQuantity,
        Func<string, string?> productNames)
    {
        var quantity = Money.Round(packedQuantity);
        if (quantity <= 0m)
        {
            return null;
        }

        return new DraftInvoiceLine
        {
            Description = NonBlank(line.Description) ?? NonBlank(productNames(sku)) ?? sku,
            Accrual = line.Accrual,
            Unit = line.Unit?.UnitNumber > 0 ? new UnitReference { UnitNumber = line.Unit.UnitNumber } : null,
            Product = new ProductReference { ProductNumber = sku },
            Quantity = quantity,
            UnitNetPrice = Money.Round(line.UnitNetPrice),
            DiscountPercentage = Money.Round(line.DiscountPercentage),
            UnitCostPrice = Money.Round(line.UnitCostPrice),
            DepartmentalDistribution = line.DepartmentalDistribution?.DepartmentalDistributionNumber > 0
                ? line.DepartmentalDistribution
                : null,
        };
    }

    // e-conomic rejects quantity or price on a line without a product, so a text line keeps its text only.
    private static DraftInvoiceLine? TextLine(DraftInvoiceLine line) =>
        NonBlank(line.Description) is { } text ? new DraftInvoiceLine { Description = text } : null;

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
