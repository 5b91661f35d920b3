namespace Economic.Plugin.Orders;

/// <summary>The order's <c>notes</c> block.</summary>
internal sealed record EconomicOrderNotes(string? Heading, string? TextLine1, string? TextLine2);
