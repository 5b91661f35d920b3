namespace Economic.Plugin.Products.Internal;

/// <summary>
/// A product document from <c>GET /products</c> or <c>GET /products/{productNumber}</c>. e-conomic
/// omits a field that has no value (and a boolean that is false), so everything but the number is optional.
/// </summary>
internal sealed record ProductDto
{
    /// <summary>The product number: a string of 1 to 25 characters, such as "00123" or "01CF8D2E-A6A6-4".</summary>
    public string? ProductNumber { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public decimal? CostPrice { get; init; }

    public decimal? RecommendedPrice { get; init; }

    public decimal? SalesPrice { get; init; }

    public string? BarCode { get; init; }

    /// <summary>True when the product can no longer be sold; absent means false.</summary>
    public bool? Barred { get; init; }

    /// <summary>When the product or its inventory last changed; e-conomic stamps it to the minute.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    public ProductUnitDto? Unit { get; init; }

    public ProductGroupDto? ProductGroup { get; init; }

    /// <summary>Stock figures, present only when the agreement has the inventory module.</summary>
    public ProductInventoryDto? Inventory { get; init; }

    public string? Self { get; init; }
}
