using System.Globalization;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Abstractions.Orders;

namespace SmartPack.SampleHost.Packing;

/// <summary>
/// Checks the packed quantities a caller sent against the order and turns them into the lines of the
/// packed event. Each line may appear once, with a quantity from 0 up to the ordered quantity, and
/// something must be packed in total: the plugin invoices what is packed, so an over-count would be billed.
/// </summary>
internal static class PackedLines
{
    private const string ExpectedShape = "Send {\"lines\":[{\"lineNumber\":1,\"packedQuantity\":0.5}]} with each line once, or no body to pack every line in full.";

    /// <summary>Returns the packed lines, or null with <paramref name="error"/> describing what is wrong and what to send.</summary>
    /// <param name="order">The warehouse order.</param>
    /// <param name="quantities">Packed quantities per line. Null packs every line in full, and an unlisted line counts as not packed.</param>
    /// <param name="error">Why the quantities were rejected, as a sentence for the caller.</param>
    public static List<PackedLine>? From(WarehouseOrder order, IReadOnlyList<PackedLineQuantity>? quantities, out string? error)
    {
        error = null;
        if (quantities is null)
        {
            return order.Lines.Select(line => new PackedLine(line.LineNumber, line.Sku, line.Quantity)).ToList();
        }

        var byNumber = order.Lines.ToDictionary(line => line.LineNumber);
        var lines = new List<PackedLine>();
        foreach (var quantity in quantities)
        {
            error = Check(order, byNumber, lines, quantity);
            if (error is not null)
            {
                return null;
            }

            lines.Add(new PackedLine(quantity.LineNumber, byNumber[quantity.LineNumber].Sku, quantity.PackedQuantity!.Value));
        }

        if (lines.Sum(line => line.PackedQuantity) <= 0m)
        {
            error = $"Nothing was packed on order {order.OrderNumber}: the request lists no line with a packed quantity above 0. {ExpectedShape}";
            return null;
        }

        return lines;
    }

    private static string? Check(WarehouseOrder order, Dictionary<int, OrderLine> byNumber, List<PackedLine> accepted, PackedLineQuantity quantity)
    {
        var number = quantity.LineNumber;
        if (!byNumber.TryGetValue(number, out var line))
        {
            return $"Line {number} is not a line of order {order.OrderNumber}, which has lines {string.Join(", ", byNumber.Keys)}. {ExpectedShape}";
        }

        if (accepted.Any(packed => packed.LineNumber == number))
        {
            return $"Line {number} of order {order.OrderNumber} is listed more than once. {ExpectedShape}";
        }

        return quantity.PackedQuantity switch
        {
            null => $"Line {number} of order {order.OrderNumber} has no packedQuantity. {ExpectedShape}",
            < 0m and var negative => $"Line {number} of order {order.OrderNumber} has packedQuantity {Text(negative)}, which is negative. Send a quantity from 0 to the ordered {Text(line.Quantity)}.",
            { } packed when packed > line.Quantity => $"Line {number} of order {order.OrderNumber} has packedQuantity {Text(packed)}, more than the ordered {Text(line.Quantity)}. Send a quantity from 0 to {Text(line.Quantity)}.",
            _ => null,
        };
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
