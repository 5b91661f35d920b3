namespace Economic.Plugin.Orders;

/// <summary>The product of an order line. The product number is text: "00123" and "123" are different products.</summary>
internal sealed record EconomicOrderLineProduct(string? ProductNumber);
