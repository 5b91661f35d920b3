namespace SmartPack.SampleHost.Packing;

/// <summary>How much of one order line was packed.</summary>
/// <param name="LineNumber">The order line.</param>
/// <param name="PackedQuantity">The packed quantity. 0 when the line was not packed. Null when the caller left it out, which is rejected.</param>
internal sealed record PackedLineQuantity(int LineNumber, decimal? PackedQuantity);
