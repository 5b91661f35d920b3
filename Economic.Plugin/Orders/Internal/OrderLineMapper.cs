using Economic.Plugin.Abstractions.Orders;

namespace Economic.Plugin.Orders.Internal;

/// <summary>
/// Splits e-conomic order lines into pick lines (with a product) and text lines (without one). A text
/// line is never picked and needs no product lookup.
/// </summary>
internal static class OrderLineMapper
{
    public static (IReadOnlyList<OrderLine> Lines, IReadOnlyList<OrderTextLine> TextLines) Map(IReadOnlyList<EconomicOrderLine> source)
    {
        ArgumentNullException.ThrowIfNull(source);

        var lines = new List<OrderLine>();
        var textLines = new List<OrderTextLine>();
        for (var index = 0; index < source.Count; index++)
        {
            var line = source[index];
            var lineNumber = line.LineNumber ?? index + 1;
            var sku = AddressMapper.Trimmed(line.Product?.ProductNumber);
            if (sku is not null)
            {
                lines.Add(ToPickLine(line, lineNumber, sku));
            }
            else if (AddressMapper.Trimmed(line.Description) is { } text)
            {
                textLines.Add(new OrderTextLine(lineNumber, text));
            }
        }

        return (lines, textLines);
    }

    private static OrderLine ToPickLine(EconomicOrderLine line, int lineNumber, string sku) => new()
    {
        LineNumber = lineNumber,
        // The product number stays text: e-conomic product numbers such as "00123" are strings.
        Sku = sku,
        Description = AddressMapper.Trimmed(line.Description),
        Quantity = line.Quantity ?? 0m,
        Unit = AddressMapper.Trimmed(line.Unit?.Name),
        UnitPrice = line.UnitNetPrice,
        DiscountPercentage = line.DiscountPercentage,
    };
}
