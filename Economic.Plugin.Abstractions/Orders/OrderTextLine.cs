namespace Economic.Plugin.Abstractions.Orders;

/// <summary>A line without a product: text kept on the order and never picked.</summary>
/// <param name="LineNumber">The line number in the source order.</param>
/// <param name="Text">The line's text.</param>
public sealed record OrderTextLine(int LineNumber, string Text);
