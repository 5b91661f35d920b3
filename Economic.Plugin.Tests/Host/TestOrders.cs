using Economic.Plugin.Abstractions.Orders;

namespace Economic.Plugin.Tests.Host;

internal static class TestOrders
{
    public static WarehouseOrder Create(string orderNumber, decimal quantity = 2m)
    {
        var address = new PostalAddress { Name = "Jens Hansen", Lines = ["Vestergade 12"], Zip = "8000", City = "Aarhus C", CountryCode = "DK" };
        return new WarehouseOrder
        {
            OrderNumber = orderNumber,
            SourceStatus = "sent",
            OrderDate = new DateOnly(2026, 1, 5),
            Currency = "DKK",
            Customer = new OrderCustomer { CustomerNumber = "1001", Name = "Jens Hansen", Address = address },
            Delivery = new OrderDelivery { Address = address },
            Lines = [new OrderLine { LineNumber = 1, Sku = "A100", Quantity = quantity, UnitPrice = 99.95m }],
        };
    }
}
