namespace Economic.Plugin.Abstractions.Orders;

/// <summary>An order as the warehouse holds it, with how far warehouse work has come.</summary>
/// <param name="Order">The order data.</param>
/// <param name="Status">The warehouse status.</param>
public sealed record StoredOrder(WarehouseOrder Order, WarehouseOrderStatus Status);
