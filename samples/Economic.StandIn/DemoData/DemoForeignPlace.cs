namespace Economic.StandIn.DemoData;

/// <summary>A town abroad with the currency, VAT zone and VAT number prefix its customers use.</summary>
internal sealed record DemoForeignPlace(
    string Country, string Street, string Zip, string City, string Currency, int VatZone, string VatPrefix);
