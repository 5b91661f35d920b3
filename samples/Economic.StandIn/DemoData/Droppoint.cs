namespace Economic.StandIn.DemoData;

/// <summary>One parcel shop: the carrier's name for it, and its own address.</summary>
internal sealed record Droppoint(string Carrier, string Kind, string Id, string ShopName, string Street, string Zip, string City)
{
    public string DeliveryTerms => $"{Carrier} {Kind} {Id}";

    public string Address => $"{ShopName}\n{Street}";
}
