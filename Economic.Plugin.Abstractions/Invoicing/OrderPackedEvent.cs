namespace Economic.Plugin.Abstractions.Invoicing;

/// <summary>The warehouse packed an order, in full or in part.</summary>
public sealed record OrderPackedEvent
{
    /// <summary>The host's id of this event, the same on every delivery of it.</summary>
    public required string EventId { get; init; }

    /// <summary>The e-conomic order number of the packed order.</summary>
    public required string OrderNumber { get; init; }

    /// <summary>The warehouse's own reference for the order, such as "WMS-1042".</summary>
    public required string WarehouseReference { get; init; }

    /// <summary>When the order was packed.</summary>
    public required DateTimeOffset PackedAt { get; init; }

    /// <summary>What was packed, per order line.</summary>
    public required IReadOnlyList<PackedLine> Lines { get; init; }

    /// <summary>
    /// True when the admin asked for the event to be handled again after it failed. A handler that
    /// recorded a permanent failure for the order sends it again only then; on any other delivery it
    /// reports the recorded failure without contacting e-conomic.
    /// </summary>
    public bool IsAdminRetry { get; init; }
}
