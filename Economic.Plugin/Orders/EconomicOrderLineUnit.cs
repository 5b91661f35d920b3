namespace Economic.Plugin.Orders;

/// <summary>The unit of an order line, such as "stk.".</summary>
internal sealed record EconomicOrderLineUnit(int? UnitNumber, string? Name);
