namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to one of the customer's delivery locations.</summary>
internal sealed record DeliveryLocationReference
{
    public int? DeliveryLocationNumber { get; init; }
}
