namespace Economic.Plugin.Products.Internal;

/// <summary>The product group a product belongs to.</summary>
internal sealed record ProductGroupDto
{
    public int? ProductGroupNumber { get; init; }

    public string? Name { get; init; }

    /// <summary>True when products of the group keep stock in e-conomic's inventory module.</summary>
    public bool? InventoryEnabled { get; init; }
}
