namespace Economic.StandIn.DemoData;

/// <summary>Fills the Danish demo agreement: 250 customers, 300 products and 320 orders (260 sent, 40 drafts, 20 archived).</summary>
internal static class DemoAgreementSeeder
{
    public const int AgreementNumber = 7430112;
    public const string CompanyName = "Nordlys Lager ApS";

    // The first demo order number; low numbers are left free for documents a test puts in.
    private const int FirstOrderNumber = 10001;

    public static void Seed(StandInAgreement agreement, int seed, DateTimeOffset now) => agreement.Write(data =>
    {
        var generator = new DemoDataGenerator(data, now, seed, spreadTimestamps: true) { FirstOrderNumber = FirstOrderNumber };
        generator.AddCustomers(250);
        generator.AddProducts(300);
        generator.AddOrders(OrderStatus.Archived, 20);
        generator.AddOrders(OrderStatus.Sent, 260);
        generator.AddOrders(OrderStatus.Draft, 40);
    });
}
