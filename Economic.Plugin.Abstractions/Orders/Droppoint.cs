namespace Economic.Plugin.Abstractions.Orders;

/// <summary>A parcel shop, parcel box or service point that a carrier delivers to.</summary>
/// <param name="Id">The carrier's id of the droppoint.</param>
/// <param name="Address">The droppoint's address.</param>
public sealed record Droppoint(string Id, PostalAddress Address)
{
    /// <summary>The carrier, where the order names it, such as "GLS" or "PostNord".</summary>
    public string? Carrier { get; init; }
}
