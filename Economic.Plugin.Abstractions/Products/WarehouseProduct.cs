namespace Economic.Plugin.Abstractions.Products;

/// <summary>A product as the warehouse sees it. Prices are exact decimals in the agreement's base currency.</summary>
public sealed record WarehouseProduct
{
    /// <summary>The product number (SKU): up to 25 characters, compared ordinally, leading zeros kept.</summary>
    public required string Sku { get; init; }

    /// <summary>The product name.</summary>
    public required string Name { get; init; }

    /// <summary>The barcode (EAN/GTIN), or null when the product has none.</summary>
    public string? Barcode { get; init; }

    /// <summary>The cost price of one unit.</summary>
    public decimal? CostPrice { get; init; }

    /// <summary>The sales price of one unit, net of VAT.</summary>
    public decimal? SalesPrice { get; init; }

    /// <summary>The recommended retail price of one unit.</summary>
    public decimal? RecommendedPrice { get; init; }

    /// <summary>The unit name, such as "stk.".</summary>
    public string? Unit { get; init; }

    /// <summary>False for a product that is barred in the source: not offered for new orders, history kept.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>When the source last changed the product, where it says.</summary>
    public DateTimeOffset? SourceLastUpdated { get; init; }
}
