namespace Economic.Plugin.Products.Internal;

/// <summary>The inventory block of a product; every quantity is read-only in e-conomic.</summary>
internal sealed record ProductInventoryDto
{
    public decimal? Available { get; init; }

    public decimal? InStock { get; init; }

    public decimal? OrderedByCustomers { get; init; }

    public decimal? OrderedFromSuppliers { get; init; }

    public decimal? PackageVolume { get; init; }

    public decimal? RecommendedCostPrice { get; init; }
}
