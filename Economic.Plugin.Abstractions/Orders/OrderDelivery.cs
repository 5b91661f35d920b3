namespace Economic.Plugin.Abstractions.Orders;

/// <summary>Where, how and when an order is delivered.</summary>
public sealed record OrderDelivery
{
    /// <summary>
    /// The delivery address. When the source order has no delivery address, this is the recipient's
    /// address, so it is never empty for a valid order.
    /// </summary>
    public required PostalAddress Address { get; init; }

    /// <summary>True when <see cref="Address"/> was taken from the recipient because the order had no delivery address.</summary>
    public bool IsRecipientAddress { get; init; }

    /// <summary>The delivery method or terms, such as "GLS Pakkeshop" or "Afhentes".</summary>
    public string? Method { get; init; }

    /// <summary>Instructions for the driver or the packer.</summary>
    public string? Instructions { get; init; }

    /// <summary>The requested delivery date.</summary>
    public DateOnly? RequestedDate { get; init; }

    /// <summary>The parcel shop or service point the order goes to, where it names one.</summary>
    public Droppoint? Droppoint { get; init; }
}
