namespace Economic.Plugin.Orders;

/// <summary>The e-conomic order collections the import reads.</summary>
internal enum EconomicOrderStatus
{
    Draft,
    Sent,
    Archived,
}
