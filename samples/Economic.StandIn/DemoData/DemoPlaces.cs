namespace Economic.StandIn.DemoData;

/// <summary>Names, streets and towns the demo data draws from; countries are written as free text, as users type them.</summary>
internal static class DemoPlaces
{
    public static readonly string[] FirstNames =
    [
        "Søren", "Mette", "Jørgen", "Ane", "Bjørn", "Kirsten", "Mads", "Lærke", "Rasmus", "Birgitte",
        "Anders", "Signe", "Frederik", "Åse", "Niels", "Ida", "Henrik", "Sofie", "Lars", "Maja",
    ];

    public static readonly string[] Surnames =
    [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller", "Østergaard",
    ];

    public static readonly string[] CompanyWords =
    [
        "Nørrebro Cykler", "Fjordens Fisk", "Ærø Keramik", "Skovgård Tømrer", "Østjysk Emballage",
        "Bølgen Surf", "Kløvermarken Planteskole", "Lærkehøj Gårdbutik", "Strøget Te & Kaffe",
        "Vesterhavets Røgeri", "Himmerlands Håndværk", "Bornholmerkøkkenet", "Grønttorvet Engros",
    ];

    public static readonly string[] CompanySuffixes = ["ApS", "A/S", "I/S", "IVS", "v/ Ejer"];

    public static readonly (string Street, string Zip, string City)[] DanishAddresses =
    [
        ("Søndergade", "8000", "Aarhus C"), ("Nørregade", "1165", "København K"), ("Åboulevarden", "8000", "Aarhus C"),
        ("Østerbrogade", "2100", "København Ø"), ("Vestergade", "5000", "Odense C"), ("Kongensgade", "6700", "Esbjerg"),
        ("Møllevej", "9000", "Aalborg"), ("Skovvej", "7100", "Vejle"), ("Hjørringvej", "9800", "Hjørring"),
        ("Ålekistevej", "2720", "Vanløse"), ("Ryesgade", "2200", "København N"), ("Strandvejen", "2900", "Hellerup"),
        ("Bøgevej", "4000", "Roskilde"), ("Fælledvej", "6000", "Kolding"), ("Kærvej", "8600", "Silkeborg"),
    ];

    public static readonly string[] DanishCountrySpellings = ["Danmark", "Danmark", "Danmark", "Denmark", "DK", "danmark"];

    public static readonly DemoForeignPlace[] ForeignPlaces =
    [
        new("Sverige", "Storgatan", "211 42", "Malmö", "SEK", 2, "SE"),
        new("Sweden", "Drottninggatan", "111 51", "Stockholm", "SEK", 2, "SE"),
        new("Deutschland", "Hauptstraße", "24937", "Flensburg", "EUR", 2, "DE"),
        new("Tyskland", "Große Straße", "20095", "Hamburg", "EUR", 2, "DE"),
        new("Norge", "Storgata", "0155", "Oslo", "EUR", 3, "NO"),
    ];

    public static readonly string[] Floors = ["", "", "", ", 1. th.", ", 2. tv.", ", st.", ", 3. mf."];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
