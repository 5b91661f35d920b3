using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// The packed quantities of one event, taken line by line. A packed line matches the order line
/// with its line number and SKU. When the warehouse numbered it differently, it matches the first
/// order line with its SKU that no packed line names by number.
/// </summary>
internal sealed class PackedQuantities
{
    private readonly Dictionary<(int LineNumber, string Sku), decimal> _byLine = [];
    private readonly HashSet<int> _templateLineNumbers;

    public PackedQuantities(IReadOnlyList<PackedLine> packedLines, IReadOnlyList<DraftInvoiceLine> templateLines)
    {
        foreach (var packed in packedLines)
        {
            var key = (packed.LineNumber, packed.Sku);
            _byLine[key] = _byLine.GetValueOrDefault(key) + Math.Max(packed.PackedQuantity, 0m);
        }

        _templateLineNumbers = templateLines
            .Where(line => line.Product?.ProductNumber is not null && line.LineNumber is not null)
            .Select(line => line.LineNumber!.Value)
            .ToHashSet();
    }

    /// <summary>Removes and returns the quantity packed for the order line. 0 when nothing was packed.</summary>
    public decimal Take(int? lineNumber, string sku)
    {
        if (lineNumber is { } number && _byLine.Remove((number, sku), out var exact))
        {
            return exact;
        }

        var renumbered = _byLine.Keys
            .Where(key => string.Equals(key.Sku, sku, StringComparison.Ordinal) && !_templateLineNumbers.Contains(key.LineNumber))
            .OrderBy(key => key.LineNumber)
            .FirstOrDefault();

        return renumbered.Sku is not null && _byLine.Remove(renumbered, out var quantity) ? quantity : 0m;
    }

    /// <summary>Lists the packed lines with a quantity that no order line took.</summary>
    public IReadOnlyList<PackedLine> Unmatched() =>
        _byLine
            .Where(pair => pair.Value > 0m)
            .OrderBy(pair => pair.Key.LineNumber)
            .Select(pair => new PackedLine(pair.Key.LineNumber, pair.Key.Sku, pair.Value))
            .ToList();
}
