namespace SmartPack.SampleHost.Warehouse;

/// <summary>The quantity on hand of one product after a stock change.</summary>
/// <param name="Sku">The product number.</param>
/// <param name="QuantityOnHand">The quantity in stock now; may be fractional, and negative when more was packed than the stock count showed.</param>
internal sealed record StockLevel(string Sku, decimal QuantityOnHand);
