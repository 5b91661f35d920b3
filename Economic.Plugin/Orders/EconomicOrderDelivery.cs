namespace Economic.Plugin.Orders;

/// <summary>The order's <c>delivery</c> block.</summary>
internal sealed record EconomicOrderDelivery
{
    /// <summary>The address; may hold several lines separated by line breaks.</summary>
    public string? Address { get; init; }

    public string? Zip { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    /// <summary>Free text such as "GLS Pakkeshop 96512" or "Afhentes".</summary>
    public string? DeliveryTerms { get; init; }

    public DateOnly? DeliveryDate { get; init; }
}
