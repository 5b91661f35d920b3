namespace Economic.Plugin.Invoicing.Dto;

/// <summary>Who receives the invoice, with the VAT zone that decides the VAT.</summary>
internal sealed record DraftRecipient
{
    public string? Name { get; init; }

    public string? Address { get; init; }

    public string? Zip { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    /// <summary>The EAN (GLN) number for electronic invoices to public bodies, 13 digits.</summary>
    public string? Ean { get; init; }

    public string? PublicEntryNumber { get; init; }

    public CustomerContactReference? Attention { get; init; }

    public VatZoneReference? VatZone { get; init; }

    public string? MobilePhone { get; init; }

    /// <summary>"ean", "corporateIdentificationNumber", "pNumber" or "peppol", copied as e-conomic spells it.</summary>
    public string? NemHandelType { get; init; }
}
