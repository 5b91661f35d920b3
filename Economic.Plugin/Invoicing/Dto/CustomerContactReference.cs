namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to a contact person of the customer.</summary>
internal sealed record CustomerContactReference
{
    public int? CustomerContactNumber { get; init; }
}
