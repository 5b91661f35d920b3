namespace Economic.Plugin.Abstractions.Invoicing;

/// <summary>How much of one order line was packed.</summary>
/// <param name="LineNumber">The line number in the source order.</param>
/// <param name="Sku">The product number of the line.</param>
/// <param name="PackedQuantity">The packed quantity; less than ordered for a partly packed line.</param>
public sealed record PackedLine(int LineNumber, string Sku, decimal PackedQuantity);
