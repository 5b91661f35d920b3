namespace Economic.Plugin.Abstractions.Orders;

/// <summary>How far warehouse work on an order has come.</summary>
public enum WarehouseOrderStatus
{
    /// <summary>Imported; no work has started, so the source may still change or delete it.</summary>
    Open,

    /// <summary>Picking has started.</summary>
    Picking,

    /// <summary>Packed, in full or in part.</summary>
    Packed,

    /// <summary>Shipped.</summary>
    Shipped,
}
