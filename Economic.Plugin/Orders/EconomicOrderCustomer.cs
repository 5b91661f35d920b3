namespace Economic.Plugin.Orders;

/// <summary>The reference from an order to its customer.</summary>
internal sealed record EconomicOrderCustomer(int CustomerNumber);
