namespace Economic.Plugin.Abstractions.StockValue;

/// <summary>The stock value of one product.</summary>
/// <param name="Sku">The product number.</param>
/// <param name="QuantityOnHand">The quantity in stock; may be fractional.</param>
/// <param name="CostPrice">The cost price of one unit.</param>
public sealed record StockValuationItem(string Sku, decimal QuantityOnHand, decimal CostPrice)
{
    /// <summary>Quantity times cost price.</summary>
    public decimal Value => QuantityOnHand * CostPrice;
}
