namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to an e-conomic VAT zone: 1 domestic, 2 EU, 3 abroad, 4 domestic without VAT.</summary>
internal sealed record VatZoneReference
{
    public int? VatZoneNumber { get; init; }
}
