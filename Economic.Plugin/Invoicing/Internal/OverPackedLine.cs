namespace Economic.Plugin.Invoicing.Internal;

/// <summary>An order line the warehouse reported as packed in a larger quantity than the order contains.</summary>
/// <param name="LineNumber">The order line's number.</param>
/// <param name="Sku">The line's product number.</param>
/// <param name="PackedQuantity">The quantity the warehouse reported as packed.</param>
/// <param name="OrderedQuantity">The quantity on the order line in e-conomic.</param>
internal sealed record OverPackedLine(int? LineNumber, string Sku, decimal PackedQuantity, decimal OrderedQuantity);
