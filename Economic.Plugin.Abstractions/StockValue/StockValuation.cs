namespace Economic.Plugin.Abstractions.StockValue;

/// <summary>The warehouse's stock value at one moment, in the agreement's base currency.</summary>
/// <param name="TotalValue">The sum of quantity times cost price over every product.</param>
/// <param name="Items">The per-product breakdown.</param>
public sealed record StockValuation(decimal TotalValue, IReadOnlyList<StockValuationItem> Items);
