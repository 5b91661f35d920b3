namespace Economic.Plugin.Abstractions.Orders;

/// <summary>A pick line: a product, how many, and at what price.</summary>
public sealed record OrderLine
{
    /// <summary>The line number in the source order.</summary>
    public required int LineNumber { get; init; }

    /// <summary>The product number (SKU), compared ordinally: "00123" and "123" differ.</summary>
    public required string Sku { get; init; }

    /// <summary>The line text.</summary>
    public string? Description { get; init; }

    /// <summary>The ordered quantity; may be fractional, such as 2.5 kg.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>The unit name, such as "stk." or "kg".</summary>
    public string? Unit { get; init; }

    /// <summary>The net price of one unit, in the order's currency.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>The discount in percent.</summary>
    public decimal? DiscountPercentage { get; init; }
}
