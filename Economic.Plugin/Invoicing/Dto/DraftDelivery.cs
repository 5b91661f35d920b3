namespace Economic.Plugin.Invoicing.Dto;

/// <summary>The delivery address and terms printed on an invoice.</summary>
internal sealed record DraftDelivery
{
    public string? Address { get; init; }

    public string? Zip { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public string? DeliveryTerms { get; init; }

    public DateOnly? DeliveryDate { get; init; }
}
