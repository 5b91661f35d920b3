using Economic.Plugin.Abstractions.Orders;

namespace Economic.Plugin.Orders.Internal;

/// <summary>Maps the order's delivery block, falling back to the recipient's address when it has none.</summary>
internal static class DeliveryMapper
{
    public static OrderDelivery Map(EconomicOrder order, IReadOnlyList<OrderTextLine> textLines, MappingWarnings warnings)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(textLines);

        var block = order.Delivery;
        var recipient = order.Recipient;
        var hasAddress = HasAddress(block);
        var address = hasAddress
            ? AddressMapper.Map(recipient?.Name, block!.Address, block.Zip, block.City, block.Country, warnings)
            : AddressMapper.Map(recipient?.Name, recipient?.Address, recipient?.Zip, recipient?.City, recipient?.Country, warnings);

        return new OrderDelivery
        {
            Address = address,
            IsRecipientAddress = !hasAddress,
            Method = AddressMapper.Trimmed(block?.DeliveryTerms),
            Instructions = textLines.Count == 0 ? null : string.Join('\n', textLines.Select(line => line.Text)),
            RequestedDate = block?.DeliveryDate,
            Droppoint = MapDroppoint(block, hasAddress, warnings),
        };
    }

    private static bool HasAddress(EconomicOrderDelivery? block) =>
        block is not null
        && (AddressMapper.Trimmed(block.Address) ?? AddressMapper.Trimmed(block.Zip) ?? AddressMapper.Trimmed(block.City)) is not null;

    /// <summary>
    /// Builds the droppoint from the delivery terms. The delivery block then holds the droppoint's
    /// address, with the droppoint's name as its first line.
    /// </summary>
    private static Droppoint? MapDroppoint(EconomicOrderDelivery? block, bool hasAddress, MappingWarnings warnings)
    {
        var reference = DroppointParser.Parse(block?.DeliveryTerms);
        if (reference is null)
        {
            return null;
        }

        var address = new PostalAddress();
        if (hasAddress)
        {
            var lines = AddressMapper.SplitLines(block!.Address);
            address = AddressMapper.Map(lines.Count > 0 ? lines[0] : null, string.Join('\n', lines.Skip(1)), block.Zip, block.City, block.Country, warnings);
        }

        return new Droppoint(reference.Id, address) { Carrier = reference.Carrier };
    }
}
