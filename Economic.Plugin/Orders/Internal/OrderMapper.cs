using System.Globalization;
using Economic.Plugin.Abstractions.Orders;

namespace Economic.Plugin.Orders.Internal;

/// <summary>Maps a full e-conomic order document (with lines) to a <see cref="WarehouseOrder"/>.</summary>
internal static class OrderMapper
{
    /// <exception cref="InvalidDataException">The order has no date or no currency.</exception>
    public static WarehouseOrder Map(EconomicOrder order, EconomicOrderStatus status, OrderCustomer customer, MappingWarnings warnings)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(warnings);

        var number = order.OrderNumber.ToString(CultureInfo.InvariantCulture);
        var (lines, textLines) = OrderLineMapper.Map(order.Lines ?? []);

        return new WarehouseOrder
        {
            OrderNumber = number,
            SourceStatus = status.ToSourceStatus(),
            OrderDate = order.Date ?? throw Missing(number, "date"),
            Currency = AddressMapper.Trimmed(order.Currency) ?? throw Missing(number, "currency"),
            ExchangeRate = order.ExchangeRate,
            Customer = customer,
            Delivery = DeliveryMapper.Map(order, textLines, warnings),
            Lines = lines,
            TextLines = textLines,
            Notes = new OrderNotes
            {
                Heading = AddressMapper.Trimmed(order.Notes?.Heading),
                CustomerComment = AddressMapper.Trimmed(order.Notes?.TextLine1),
                Notes = AddressMapper.Trimmed(order.Notes?.TextLine2),
            },
            Reference = AddressMapper.Trimmed(order.References?.Other),
            SourceLastUpdated = order.LastUpdated,
        };
    }

    private static InvalidDataException Missing(string orderNumber, string field) =>
        new($"e-conomic order {orderNumber} has no {field}, so it cannot be imported; open the order in e-conomic and set its {field}.");
}
