namespace Economic.Plugin.Orders;

/// <summary>The order's <c>references</c> block; only the free-text reference is read.</summary>
internal sealed record EconomicOrderReferences(string? Other);
