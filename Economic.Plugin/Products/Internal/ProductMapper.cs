using Economic.Plugin.Abstractions.Products;

namespace Economic.Plugin.Products.Internal;

/// <summary>Maps e-conomic product documents to warehouse products.</summary>
internal static class ProductMapper
{
    /// <summary>The longest product number e-conomic allows and the warehouse stores, in characters.</summary>
    public const int MaxSkuLength = 25;

    /// <summary>
    /// Maps <paramref name="product"/>. The product number is kept exactly as sent (leading zeros,
    /// spaces and punctuation included); a number the warehouse cannot hold is reported, never truncated.
    /// </summary>
    public static ProductMapping Map(ProductDto product)
    {
        ArgumentNullException.ThrowIfNull(product);

        var sku = product.ProductNumber;
        if (string.IsNullOrEmpty(sku))
        {
            return ProductMapping.Invalid(null, "e-conomic sent a product without a product number, so it was skipped.");
        }

        var length = CountCharacters(sku);
        if (length > MaxSkuLength)
        {
            return ProductMapping.Invalid(sku, $"Product number '{sku}' has {length} characters, but the warehouse stores at most {MaxSkuLength}. The product was not synced; shorten its number in e-conomic.");
        }

        // e-conomic requires a name; should one be missing, the number still gives the warehouse a label.
        return ProductMapping.Valid(new WarehouseProduct
        {
            Sku = sku,
            Name = string.IsNullOrWhiteSpace(product.Name) ? sku : product.Name,
            Barcode = NullIfBlank(product.BarCode),
            CostPrice = product.CostPrice,
            SalesPrice = product.SalesPrice,
            RecommendedPrice = product.RecommendedPrice,
            Unit = NullIfBlank(product.Unit?.Name),
            IsActive = product.Barred != true,
            SourceLastUpdated = product.LastUpdated,
        });
    }

    // e-conomic's 25-character limit is a JSON Schema maxLength, which counts Unicode code points.
    private static int CountCharacters(string text) => text.EnumerateRunes().Count();

    // A blank barcode is stored as null so that products without one never collide on a unique index.
    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
