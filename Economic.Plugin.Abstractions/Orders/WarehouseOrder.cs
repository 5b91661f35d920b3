namespace Economic.Plugin.Abstractions.Orders;

/// <summary>
/// An order as the warehouse sees it: who gets it, where it goes, how, and what to pick. Keyed on
/// <see cref="OrderNumber"/>, the e-conomic order number as text.
/// </summary>
public sealed record WarehouseOrder
{
    /// <summary>The e-conomic order number, the key of the order in the warehouse.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>The order's status in the source system: "draft", "sent" or "archived".</summary>
    public required string SourceStatus { get; init; }

    /// <summary>The order date.</summary>
    public required DateOnly OrderDate { get; init; }

    /// <summary>The ISO 4217 currency code, as e-conomic sends it.</summary>
    public required string Currency { get; init; }

    /// <summary>
    /// e-conomic's exchange rate: the price in base currency of 100 units of <see cref="Currency"/>.
    /// Null when the source does not give one.
    /// </summary>
    public decimal? ExchangeRate { get; init; }

    /// <summary>The customer who ordered.</summary>
    public required OrderCustomer Customer { get; init; }

    /// <summary>Where and how the order is delivered.</summary>
    public required OrderDelivery Delivery { get; init; }

    /// <summary>Lines with a product: what the warehouse picks.</summary>
    public IReadOnlyList<OrderLine> Lines { get; init; } = [];

    /// <summary>Lines without a product: text kept on the order, never picked.</summary>
    public IReadOnlyList<OrderTextLine> TextLines { get; init; } = [];

    /// <summary>The order's heading, customer comment and notes.</summary>
    public OrderNotes Notes { get; init; } = new();

    /// <summary>The source's free-text reference, such as a webshop order id.</summary>
    public string? Reference { get; init; }

    /// <summary>When the source last changed the order, where it says.</summary>
    public DateTimeOffset? SourceLastUpdated { get; init; }
}
