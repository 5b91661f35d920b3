using System.Text.Json;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Orders;
using Economic.Plugin.Orders.Internal;
using Economic.Plugin.Tests.EconomicApi;

namespace Economic.Plugin.Tests.Orders;

public sealed class OrderMapperTests
{
    private static readonly OrderCustomer Customer = new()
    {
        CustomerNumber = "1000",
        Name = "Møbelfabrikken A/S",
        Address = new PostalAddress { Name = "Møbelfabrikken A/S", Lines = ["Møtrikvej 1"], Zip = "2750", City = "Ballerup" },
    };

    [Fact]
    public void Map_NoDeliveryBlock_UsesRecipient()
    {
        var warnings = new MappingWarnings();

        var order = OrderMapper.Map(ReadOrder("order-sent-single.json"), EconomicOrderStatus.Sent, Customer, warnings);

        Assert.Equal("35071", order.OrderNumber);
        Assert.Equal("sent", order.SourceStatus);
        Assert.Equal(new DateOnly(2019, 1, 21), order.OrderDate);
        Assert.Equal("DKK", order.Currency);
        Assert.Equal(100.000000m, order.ExchangeRate);
        Assert.Same(Customer, order.Customer);
        Assert.True(order.Delivery.IsRecipientAddress);
        Assert.Equal("Møbelfabrikken A/S", order.Delivery.Address.Name);
        Assert.Equal(["Møtrikvej 1"], order.Delivery.Address.Lines);
        Assert.Equal("2750", order.Delivery.Address.Zip);
        Assert.Equal("Ballerup", order.Delivery.Address.City);
        Assert.Null(order.Delivery.Address.CountryCode);
        Assert.Null(order.Delivery.Address.CountryName);
        Assert.Null(order.Delivery.Method);
        Assert.Null(order.Delivery.Instructions);
        Assert.Null(order.Delivery.RequestedDate);
        Assert.Null(order.Delivery.Droppoint);
        var line = Assert.Single(order.Lines);
        Assert.Equal(1, line.LineNumber);
        Assert.Equal("1", line.Sku);
        Assert.Equal("Product 1", line.Description);
        Assert.Equal(1.00m, line.Quantity);
        Assert.Equal("stk.", line.Unit);
        Assert.Equal(1000.00m, line.UnitPrice);
        Assert.Equal(12.00m, line.DiscountPercentage);
        Assert.Empty(order.TextLines);
        Assert.Equal(new OrderNotes(), order.Notes);
        Assert.Null(order.Reference);
        Assert.Null(order.SourceLastUpdated);
        Assert.Empty(warnings.Messages);
    }

    [Fact]
    public void Map_DeliveryBlock_SplitsLines()
    {
        var warnings = new MappingWarnings();

        var order = OrderMapper.Map(ReadOrder("order-draft-with-delivery.json"), EconomicOrderStatus.Draft, Customer, warnings);

        Assert.Equal("97", order.OrderNumber);
        Assert.Equal("draft", order.SourceStatus);
        Assert.Equal(new DateOnly(2019, 10, 31), order.OrderDate);
        Assert.Equal("DKK", order.Currency);
        Assert.Equal(100.000000m, order.ExchangeRate);
        Assert.False(order.Delivery.IsRecipientAddress);
        Assert.Equal("Steen 3 ApS", order.Delivery.Address.Name);
        Assert.Equal(["Peter", "Cookievej 7"], order.Delivery.Address.Lines);
        Assert.Equal("8000", order.Delivery.Address.Zip);
        Assert.Equal("Aarhus C", order.Delivery.Address.City);
        Assert.Equal("DK", order.Delivery.Address.CountryCode);
        Assert.Equal("Danmark", order.Delivery.Address.CountryName);
        Assert.Null(order.Delivery.Method);
        Assert.Null(order.Delivery.RequestedDate);
        Assert.Null(order.Delivery.Droppoint);
        var line = Assert.Single(order.Lines);
        Assert.Equal(1, line.LineNumber);
        Assert.Equal("3084", line.Sku);
        Assert.Equal("Kasse flasker", line.Description);
        Assert.Equal(1.00m, line.Quantity);
        Assert.Equal("stk.", line.Unit);
        Assert.Equal(9.98m, line.UnitPrice);
        Assert.Equal(0.00m, line.DiscountPercentage);
        Assert.Empty(order.TextLines);
        Assert.Empty(warnings.Messages);
    }

    [Fact]
    public void Map_CollectionItem_HasNoLines()
    {
        var page = JsonSerializer.Deserialize<EconomicCollection<EconomicOrder>>(Samples.Read("orders-drafts-collection.json"), EconomicJson.Options)!;
        var warnings = new MappingWarnings();

        var order = OrderMapper.Map(Assert.Single(page.Collection!), EconomicOrderStatus.Draft, Customer, warnings);

        Assert.Equal("35070", order.OrderNumber);
        Assert.Equal(new DateOnly(2019, 1, 21), order.OrderDate);
        Assert.Equal("DKK", order.Currency);
        Assert.Equal(100.000000m, order.ExchangeRate);
        Assert.True(order.Delivery.IsRecipientAddress);
        Assert.Equal("Customer 8", order.Delivery.Address.Name);
        Assert.Equal(["street"], order.Delivery.Address.Lines);
        Assert.Equal("110058", order.Delivery.Address.Zip);
        Assert.Equal("Delhi", order.Delivery.Address.City);
        Assert.Equal("IN", order.Delivery.Address.CountryCode);
        Assert.Equal("India", order.Delivery.Address.CountryName);
        Assert.Empty(order.Lines);
        Assert.Empty(order.TextLines);
        Assert.Empty(warnings.Messages);
    }

    [Fact]
    public void Map_DocsPostExample_MapsFields()
    {
        var warnings = new MappingWarnings();

        var order = OrderMapper.Map(ReadOrder("order-draft-post-request-docs-example.json"), EconomicOrderStatus.Draft, Customer, warnings);

        Assert.Equal(new DateOnly(2018, 3, 1), order.OrderDate);
        Assert.Equal("DKK", order.Currency);
        Assert.Equal(100m, order.ExchangeRate);
        Assert.Equal("aaaa", order.Reference);
        Assert.False(order.Delivery.IsRecipientAddress);
        Assert.Equal("Toj & Co Grossisten", order.Delivery.Address.Name);
        Assert.Equal(["Hovedvejen 1"], order.Delivery.Address.Lines);
        Assert.Equal("2300", order.Delivery.Address.Zip);
        Assert.Equal("Kbh S", order.Delivery.Address.City);
        Assert.Equal("DK", order.Delivery.Address.CountryCode);
        Assert.Equal("Denmark", order.Delivery.Address.CountryName);
        Assert.Equal(new DateOnly(2014, 9, 14), order.Delivery.RequestedDate);
        Assert.Equal([1, 2, 3], order.Lines.Select(line => line.LineNumber));
        Assert.All(order.Lines, line => Assert.Equal("50", line.Sku));
        Assert.Equal(["Tim", "stk.", null], order.Lines.Select(line => line.Unit));
        Assert.All(order.Lines, line => Assert.Equal(1.00m, line.Quantity));
        Assert.All(order.Lines, line => Assert.Equal(10.00m, line.UnitPrice));
        Assert.All(order.Lines, line => Assert.Equal(0.00m, line.DiscountPercentage));
        Assert.All(order.Lines, line => Assert.Null(line.Description));
    }

    [Fact]
    public void Map_NotesReferenceTimestampAndDroppoint_AreMapped()
    {
        var source = ReadOrder("order-draft-with-delivery.json") with
        {
            Notes = new EconomicOrderNotes("Webshop order 5521", "Ring før levering", "Tak for handlen"),
            References = new EconomicOrderReferences("SHOP-5521"),
            Delivery = new EconomicOrderDelivery
            {
                Address = "Føtex Aarhus C\r\nGuldsmedgade 3",
                Zip = "8000",
                City = "Aarhus C",
                Country = "DK",
                DeliveryTerms = "GLS Pakkeshop 96512",
                DeliveryDate = new DateOnly(2019, 11, 4),
            },
            LastUpdated = new DateTimeOffset(2019, 10, 31, 12, 30, 5, TimeSpan.Zero),
        };

        var order = OrderMapper.Map(source, EconomicOrderStatus.Draft, Customer, new MappingWarnings());

        Assert.Equal("Webshop order 5521", order.Notes.Heading);
        Assert.Equal("Ring før levering", order.Notes.CustomerComment);
        Assert.Equal("Tak for handlen", order.Notes.Notes);
        Assert.Equal("SHOP-5521", order.Reference);
        Assert.Equal(new DateTimeOffset(2019, 10, 31, 12, 30, 5, TimeSpan.Zero), order.SourceLastUpdated);
        Assert.Equal("GLS Pakkeshop 96512", order.Delivery.Method);
        Assert.Equal(new DateOnly(2019, 11, 4), order.Delivery.RequestedDate);
        Assert.Equal(["Føtex Aarhus C", "Guldsmedgade 3"], order.Delivery.Address.Lines);
        var droppoint = order.Delivery.Droppoint!;
        Assert.Equal("96512", droppoint.Id);
        Assert.Equal("GLS", droppoint.Carrier);
        Assert.Equal("Føtex Aarhus C", droppoint.Address.Name);
        Assert.Equal(["Guldsmedgade 3"], droppoint.Address.Lines);
        Assert.Equal("8000", droppoint.Address.Zip);
        Assert.Equal("Aarhus C", droppoint.Address.City);
        Assert.Equal("DK", droppoint.Address.CountryCode);
    }

    [Fact]
    public void Map_UnknownDeliveryCountry_KeepsNameAndWarns()
    {
        var source = ReadOrder("order-draft-with-delivery.json") with
        {
            Delivery = new EconomicOrderDelivery { Address = "Main street 1", City = "Poseidonis", Country = "Atlantis" },
        };
        var warnings = new MappingWarnings();

        var order = OrderMapper.Map(source, EconomicOrderStatus.Draft, Customer, warnings);

        Assert.Null(order.Delivery.Address.CountryCode);
        Assert.Equal("Atlantis", order.Delivery.Address.CountryName);
        var warning = Assert.Single(warnings.Messages);
        Assert.Contains("'Atlantis'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_DeliveryWithoutAddress_UsesRecipient()
    {
        var source = ReadOrder("order-draft-with-delivery.json") with
        {
            Delivery = new EconomicOrderDelivery { DeliveryTerms = "Afhentes", DeliveryDate = new DateOnly(2019, 11, 1) },
        };

        var order = OrderMapper.Map(source, EconomicOrderStatus.Draft, Customer, new MappingWarnings());

        Assert.True(order.Delivery.IsRecipientAddress);
        Assert.Equal(["Virksomhedsvej 58"], order.Delivery.Address.Lines);
        Assert.Equal("7741", order.Delivery.Address.Zip);
        Assert.Equal("Frøstrup", order.Delivery.Address.City);
        Assert.Equal("DK", order.Delivery.Address.CountryCode);
        Assert.Equal("Afhentes", order.Delivery.Method);
        Assert.Equal(new DateOnly(2019, 11, 1), order.Delivery.RequestedDate);
    }

    [Fact]
    public void Map_NoCurrency_FailsWithOrderNumber()
    {
        var source = ReadOrder("order-sent-single.json") with { Currency = null };

        var exception = Assert.Throws<InvalidDataException>(() => OrderMapper.Map(source, EconomicOrderStatus.Sent, Customer, new MappingWarnings()));

        Assert.Contains("35071", exception.Message, StringComparison.Ordinal);
        Assert.Contains("currency", exception.Message, StringComparison.Ordinal);
    }

    internal static EconomicOrder ReadOrder(string fileName) =>
        JsonSerializer.Deserialize<EconomicOrder>(Samples.Read(fileName), EconomicJson.Options)!;
}
