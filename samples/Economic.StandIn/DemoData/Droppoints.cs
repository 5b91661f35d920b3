namespace Economic.StandIn.DemoData;

/// <summary>
/// Parcel shops used as delivery addresses. An order delivered to one names carrier, kind and shop id in
/// <c>delivery.deliveryTerms</c> (e.g. "GLS Pakkeshop 96512"), and its delivery address starts with the shop's name.
/// </summary>
internal static class Droppoints
{
    public static readonly Droppoint[] All =
    [
        new("GLS", "Pakkeshop", "96512", "Netto Ryesgade", "Ryesgade 12", "2200", "København N"),
        new("GLS", "Pakkeshop", "95870", "Føtex Frederiksberg", "Falkoner Allé 21", "2000", "Frederiksberg"),
        new("PostNord", "Servicepoint", "3456", "Coop 365 Åbyhøj", "Silkeborgvej 260", "8230", "Åbyhøj"),
        new("PostNord", "Servicepoint", "7781", "Rema 1000 Nørresundby", "Østergade 3", "9400", "Nørresundby"),
        new("DAO", "Pakkeshop", "2811", "Kiosk Ørsted", "Ørstedsgade 7", "6400", "Sønderborg"),
        new("DAO", "Pakkeshop", "4120", "Spar Højbjerg", "Højbjerg Torv 4", "8270", "Højbjerg"),
    ];
}
