using System.Globalization;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Packing;

namespace SmartPack.SampleHost.Admin.Warehouse;

/// <summary>
/// Marks an order packed with the packed quantity of each line, as the warehouse's packing station
/// would. The packing service sets the status and queues the packed event that the plugin turns into
/// an invoice draft, and this class records the packing in the sync log.
/// </summary>
internal sealed class OrderPacking(InstallationService installations, PackingService packing, ILogger<OrderPacking> logger)
{
    /// <summary>
    /// Validates the quantities, then marks the order packed. <paramref name="packed"/> contains the
    /// packed quantity by line number, with null for a quantity that is not a number.
    /// </summary>
    /// <returns>The error by line number (0 for the whole order); empty when the order was marked packed.</returns>
    public async Task<IReadOnlyDictionary<int, string>> MarkPackedAsync(
        string installationId, string orderNumber, IReadOnlyDictionary<int, decimal?> packed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(packed);

        var warehouse = installations.GetWarehouse(installationId);
        var stored = await warehouse.Orders.GetAsync(orderNumber, cancellationToken);
        if (stored is null)
        {
            return new Dictionary<int, string> { [0] = $"Order {orderNumber} is not in the warehouse." };
        }

        var errors = Validate(stored.Order, packed);
        if (errors.Count > 0)
        {
            return errors;
        }

        var lines = stored.Order.Lines.Select(line => new PackedLineQuantity(line.LineNumber, packed[line.LineNumber]!.Value)).ToList();
        var result = await packing.MarkPackedAsync(installationId, orderNumber, lines, cancellationToken);
        if (result.EventId is null)
        {
            return new Dictionary<int, string> { [0] = result.Error ?? $"Order {orderNumber} could not be marked packed. Reload the order and try again." };
        }

        await installations.GetSyncLog(installationId).WriteAsync(Describe(stored.Order, packed), cancellationToken);
        Log.OrderMarkedPacked(logger, orderNumber, installationId);
        return errors;
    }

    private static Dictionary<int, string> Validate(WarehouseOrder order, IReadOnlyDictionary<int, decimal?> packed)
    {
        var errors = new Dictionary<int, string>();
        foreach (var line in order.Lines)
        {
            var quantity = packed.GetValueOrDefault(line.LineNumber);
            if (quantity is null || quantity < 0m || quantity > line.Quantity)
            {
                errors[line.LineNumber] = string.Format(CultureInfo.InvariantCulture,
                    "Line {0} ({1}): enter a packed quantity from 0 to {2}.", line.LineNumber, line.Sku, line.Quantity);
            }
        }

        if (errors.Count == 0 && order.Lines.All(line => packed.GetValueOrDefault(line.LineNumber) == 0m))
        {
            errors[0] = $"Order {order.OrderNumber}: nothing is packed. Enter the packed quantity of at least one line.";
        }

        return errors;
    }

    private static SyncLogEntry Describe(WarehouseOrder order, IReadOnlyDictionary<int, decimal?> packed)
    {
        var lines = string.Join(", ", order.Lines.Select(line => string.Format(CultureInfo.InvariantCulture,
            "line {0} {1}: {2} of {3}", line.LineNumber, line.Sku, packed.GetValueOrDefault(line.LineNumber), line.Quantity)));

        return new SyncLogEntry(SyncArea.Invoicing, SyncStatus.Information, $"Order {order.OrderNumber} was marked packed in the warehouse ({lines}), and the packed event is queued for the plugin.")
        {
            Reference = order.OrderNumber,
        };
    }
}
