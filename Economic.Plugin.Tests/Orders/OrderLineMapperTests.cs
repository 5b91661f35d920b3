using Economic.Plugin.Orders;
using Economic.Plugin.Orders.Internal;

namespace Economic.Plugin.Tests.Orders;

public sealed class OrderLineMapperTests
{
    [Fact]
    public void Map_LinesWithoutProduct_BecomeTextLines()
    {
        var source = OrderMapperTests.ReadOrder("order-sent-single.json") with
        {
            Lines =
            [
                new EconomicOrderLine { LineNumber = 1, Description = "Leveres ved bagdøren" },
                new EconomicOrderLine { LineNumber = 2, Product = new EconomicOrderLineProduct("00123"), Quantity = 2.5m, Description = "Kabel" },
                new EconomicOrderLine { LineNumber = 3, Description = "Ring 20 30 40 50 ved ankomst" },
                new EconomicOrderLine { LineNumber = 4, Description = "   " },
            ],
        };

        var order = OrderMapper.Map(source, EconomicOrderStatus.Sent, new() { CustomerNumber = "1", Name = "A", Address = new() }, new MappingWarnings());

        var line = Assert.Single(order.Lines);
        Assert.Equal("00123", line.Sku);
        Assert.Equal(2.5m, line.Quantity);
        Assert.Equal(
            [new(1, "Leveres ved bagdøren"), new(3, "Ring 20 30 40 50 ved ankomst")],
            order.TextLines);
        Assert.Equal("Leveres ved bagdøren\nRing 20 30 40 50 ved ankomst", order.Delivery.Instructions);
    }

    [Theory]
    [InlineData("00123")]
    [InlineData("0")]
    [InlineData("01CF8D2E-A6A6-4")]
    [InlineData("123")]
    public void Map_ProductNumber_StaysTextAsWritten(string productNumber)
    {
        var (lines, _) = OrderLineMapper.Map([new EconomicOrderLine { Product = new EconomicOrderLineProduct(productNumber), Quantity = 1m }]);

        Assert.Equal(productNumber, Assert.Single(lines).Sku);
    }
}
