namespace Economic.Plugin.Orders.Internal;

/// <summary>A carrier's droppoint named in an order's delivery terms.</summary>
/// <param name="Carrier">The word before the droppoint kind, such as "GLS".</param>
/// <param name="Id">The carrier's id of the droppoint.</param>
internal sealed record DroppointReference(string Carrier, string Id);
