namespace Economic.Plugin.Products.Internal;

/// <summary>The unit a product is sold in, such as "stk." or "pcs.".</summary>
internal sealed record ProductUnitDto
{
    public int? UnitNumber { get; init; }

    public string? Name { get; init; }
}
