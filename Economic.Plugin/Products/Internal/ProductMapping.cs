using Economic.Plugin.Abstractions.Products;

namespace Economic.Plugin.Products.Internal;

/// <summary>The result of mapping one e-conomic product: the warehouse product, or why it cannot be stored.</summary>
/// <param name="ProductNumber">The product number as e-conomic sent it, or null when it was missing.</param>
/// <param name="Product">The product to store, or null when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">A sentence for the sync log saying why the product was not stored.</param>
internal sealed record ProductMapping(string? ProductNumber, WarehouseProduct? Product, string? Problem)
{
    public static ProductMapping Valid(WarehouseProduct product) => new(product.Sku, product, null);

    public static ProductMapping Invalid(string? productNumber, string problem) => new(productNumber, null, problem);
}
