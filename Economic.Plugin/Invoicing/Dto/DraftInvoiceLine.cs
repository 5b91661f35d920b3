namespace Economic.Plugin.Invoicing.Dto;

/// <summary>One line of an invoice draft: a product line, or a text line with a description only.</summary>
internal sealed record DraftInvoiceLine
{
    public int? LineNumber { get; init; }

    public int? SortKey { get; init; }

    public string? Description { get; init; }

    public DraftAccrual? Accrual { get; init; }

    public UnitReference? Unit { get; init; }

    public ProductReference? Product { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? UnitNetPrice { get; init; }

    public decimal? DiscountPercentage { get; init; }

    public decimal? UnitCostPrice { get; init; }

    public DepartmentalDistributionReference? DepartmentalDistribution { get; init; }

    /// <summary>The line total e-conomic computed. Read only.</summary>
    public decimal? TotalNetAmount { get; init; }
}
