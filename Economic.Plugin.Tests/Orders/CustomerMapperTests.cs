using System.Text.Json;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Orders.Internal;
using Economic.Plugin.Tests.EconomicApi;

namespace Economic.Plugin.Tests.Orders;

public sealed class CustomerMapperTests
{
    [Fact]
    public void Map_CustomerSingle_MapsFields()
    {
        var source = JsonSerializer.Deserialize<EconomicCustomer>(Samples.Read("customer-single.json"), EconomicJson.Options)!;
        var warnings = new MappingWarnings();

        var customer = CustomerMapper.Map(source, warnings);

        Assert.Equal("1", customer.CustomerNumber);
        Assert.Equal("Horsens Kommune", customer.Name);
        Assert.Equal("Horsens Kommune", customer.Address.Name);
        Assert.Equal(["High road 32"], customer.Address.Lines);
        Assert.Equal("8700", customer.Address.Zip);
        Assert.Equal("Horsens", customer.Address.City);
        Assert.Null(customer.Address.CountryCode);
        Assert.Equal("aaaaaa", customer.Address.CountryName);
        Assert.Equal("7629 2929", customer.Phone);
        Assert.Equal("aaaa@aaa.com", customer.Email);
        Assert.Null(customer.CompanyRegistrationNumber);
        Assert.Null(customer.VatNumber);
        Assert.Null(customer.Ean);
        var warning = Assert.Single(warnings.Messages);
        Assert.Contains("'aaaaaa'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_CustomersCollectionDemo_MapsBelgianCustomers()
    {
        var page = JsonSerializer.Deserialize<EconomicCollection<EconomicCustomer>>(Samples.Read("customers-collection-demo.json"), EconomicJson.Options)!;
        var warnings = new MappingWarnings();

        var customers = page.Collection!.Select(customer => CustomerMapper.Map(customer, warnings)).ToList();

        Assert.Equal(["1", "2"], customers.Select(customer => customer.CustomerNumber));
        Assert.Equal(["Decathlon", "Intersport"], customers.Select(customer => customer.Name));
        Assert.Equal(["Avenue des Arts No 5"], customers[0].Address.Lines);
        Assert.Equal("1040", customers[0].Address.Zip);
        Assert.Equal("Brussels", customers[0].Address.City);
        Assert.All(customers, customer => Assert.Equal("BE", customer.Address.CountryCode));
        Assert.All(customers, customer => Assert.Equal("Belgium", customer.Address.CountryName));
        Assert.Equal("08343242525", customers[0].Phone);
        Assert.Equal("customerone@mailinator.com", customers[0].Email);
        Assert.Empty(warnings.Messages);
        Assert.Equal(5, page.Pagination!.Results);
    }

    [Fact]
    public void Map_RegistrationNumbers_AreMapped()
    {
        var source = new EconomicCustomer
        {
            CustomerNumber = 501,
            Name = " Fiktiv Kommune – Lager ",
            Address = "Rådhuspladsen 1\nIndgang B\r\n",
            Country = "Danmark",
            Email = "lager@kommune.dk faktura@kommune.dk",
            MobilePhone = "+45 20 30 40 50",
            CorporateIdentificationNumber = "12345678",
            VatNumber = "DK12345678",
            Ean = "5790000000005",
        };

        var customer = CustomerMapper.Map(source, new MappingWarnings());

        Assert.Equal("Fiktiv Kommune – Lager", customer.Name);
        Assert.Equal(["Rådhuspladsen 1", "Indgang B"], customer.Address.Lines);
        Assert.Equal("DK", customer.Address.CountryCode);
        Assert.Equal("lager@kommune.dk", customer.Email);
        Assert.Equal("+45 20 30 40 50", customer.Phone);
        Assert.Equal("12345678", customer.CompanyRegistrationNumber);
        Assert.Equal("DK12345678", customer.VatNumber);
        Assert.Equal("5790000000005", customer.Ean);
    }
}
