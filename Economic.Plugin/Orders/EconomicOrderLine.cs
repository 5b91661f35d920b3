namespace Economic.Plugin.Orders;

/// <summary>One order line; a line without a product is a text line.</summary>
internal sealed record EconomicOrderLine
{
    public int? LineNumber { get; init; }

    public string? Description { get; init; }

    public EconomicOrderLineUnit? Unit { get; init; }

    public EconomicOrderLineProduct? Product { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? UnitNetPrice { get; init; }

    public decimal? DiscountPercentage { get; init; }
}
