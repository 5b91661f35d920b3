namespace Economic.Plugin.Orders;

/// <summary>The order's recipient: who gets the invoice, and where the goods go when there is no delivery block.</summary>
internal sealed record EconomicOrderRecipient
{
    public string? Name { get; init; }

    public string? Address { get; init; }

    public string? Zip { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }
}
