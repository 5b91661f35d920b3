using System.Globalization;
using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.DemoData;

/// <summary>Creates Danish and foreign customers: companies with CVR numbers, private buyers, some without e-mail or phone.</summary>
internal static class CustomerFactory
{
    public static JsonObject Create(Random random, int customerNumber)
    {
        var foreign = random.Next(100) < 18 ? random.Pick(DemoPlaces.ForeignPlaces) : null;
        var company = random.Next(100) < 65;
        var name = company
            ? $"{random.Pick(DemoPlaces.CompanyWords)} {random.Pick(DemoPlaces.CompanySuffixes)}"
            : $"{random.Pick(DemoPlaces.FirstNames)} {random.Pick(DemoPlaces.Surnames)}";
        var customer = new JsonObject
        {
            ["customerNumber"] = customerNumber,
            ["currency"] = foreign?.Currency ?? "DKK",
            ["paymentTerms"] = DemoReferences.PaymentTermsReference(random.Next(DemoReferences.PaymentTermsCount)),
            ["customerGroup"] = DemoReferences.CustomerGroup(foreign is null ? 1 : 2),
        };

        AddAddress(random, customer, foreign);
        AddContact(random, customer, name);
        customer["name"] = name;
        customer["balance"] = Math.Round((decimal)random.Next(0, 5_000_000) / 100, 2);
        customer["dueAmount"] = 0.00m;
        customer["barred"] = random.Next(100) < 3;
        customer["vatZone"] = DemoReferences.VatZone(foreign?.VatZone ?? 1);
        customer["layout"] = DemoReferences.Layout();
        AddIdentifiers(random, customer, company, foreign);
        customer["templates"] = new JsonObject { ["self"] = $"{Links.CanonicalBase}customers/{customerNumber}/templates" };

        return customer;
    }

    private static void AddAddress(Random random, JsonObject customer, DemoForeignPlace? foreign)
    {
        var number = random.Next(1, 180);
        if (foreign is not null)
        {
            customer["address"] = $"{foreign.Street} {number}";
            customer["zip"] = foreign.Zip;
            customer["city"] = foreign.City;
            customer["country"] = foreign.Country;
            return;
        }

        var (street, zip, city) = random.Pick(DemoPlaces.DanishAddresses);
        customer["address"] = random.Next(100) < 15
            ? $"{street} {number}{random.Pick(DemoPlaces.Floors)}\nBaghuset, 2. sal"
            : $"{street} {number}{random.Pick(DemoPlaces.Floors)}";
        customer["zip"] = zip;
        customer["city"] = city;
        customer["country"] = random.Pick(DemoPlaces.DanishCountrySpellings);
    }

    private static void AddContact(Random random, JsonObject customer, string name)
    {
        if (random.Next(100) >= 15)
        {
            var local = name.Split(' ')[0].ToLowerInvariant();
            customer["email"] = $"{local}{random.Next(10, 99)}@kunde.example";
        }

        if (random.Next(100) >= 20)
        {
            customer["telephoneAndFaxNumber"] = random.Next(20_00_00_00, 99_99_99_99).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void AddIdentifiers(Random random, JsonObject customer, bool company, DemoForeignPlace? foreign)
    {
        if (!company)
        {
            return;
        }

        var registration = random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        customer["corporateIdentificationNumber"] = registration;
        if (foreign is not null)
        {
            customer["vatNumber"] = $"{foreign.VatPrefix}{registration}01";
        }
        else if (random.Next(100) < 10)
        {
            customer["ean"] = $"5790{random.Next(100_000_000, 999_999_999)}";
        }
    }
}
