namespace Economic.Plugin.Orders;

/// <summary>The parts of an e-conomic order document (draft, sent or archived) the import reads.</summary>
internal sealed record EconomicOrder
{
    public int OrderNumber { get; init; }

    public DateOnly? Date { get; init; }

    public string? Currency { get; init; }

    /// <summary>The price in base currency of 100 units of <see cref="Currency"/>.</summary>
    public decimal? ExchangeRate { get; init; }

    public EconomicOrderCustomer? Customer { get; init; }

    public EconomicOrderRecipient? Recipient { get; init; }

    public EconomicOrderDelivery? Delivery { get; init; }

    public EconomicOrderNotes? Notes { get; init; }

    public EconomicOrderReferences? References { get; init; }

    public IReadOnlyList<EconomicOrderLine>? Lines { get; init; }

    /// <summary>When e-conomic last changed the order; absent on archived orders.</summary>
    public DateTimeOffset? LastUpdated { get; init; }
}
