using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Abstractions.Orders;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Warehouse;

namespace SmartPack.SampleHost.Packing;

/// <summary>
/// The packing operations of the warehouse and the admin: mark an order packed (which queues a packed
/// event for the plugin), retry a failed invoice draft, and list an installation's packed events.
/// </summary>
internal sealed class PackingService(
    PackedEventStore store,
    InstallationService installations,
    PackedEventSignal signal,
    StockAdjustmentService stockAdjustments,
    TimeProvider timeProvider,
    ILogger<PackingService> logger)
{
    /// <summary>Marks an order packed (a shipped order is rejected), lowers the stock by the packed quantities and queues its packed event.</summary>
    /// <param name="installationId">The installation.</param>
    /// <param name="orderNumber">The warehouse order number.</param>
    /// <param name="quantities">Packed quantities per line. Null packs every line in full, and an unlisted line counts as not packed.</param>
    /// <param name="cancellationToken">Cancels the storage calls.</param>
    public async Task<MarkPackedResult> MarkPackedAsync(
        string installationId, string orderNumber, IReadOnlyList<PackedLineQuantity>? quantities, CancellationToken cancellationToken)
    {
        if (await installations.FindAsync(installationId, cancellationToken) is null)
        {
            return new MarkPackedResult(null, $"There is no installation with id '{installationId}'.", IsNotFound: true);
        }

        var warehouse = installations.GetWarehouse(installationId);
        var stored = await warehouse.GetOrderAsync(orderNumber, cancellationToken);
        if (stored is null)
        {
            return new MarkPackedResult(null, $"Order {orderNumber} is not in the warehouse of installation '{installationId}'.", IsNotFound: true);
        }

        if (stored.Status == WarehouseOrderStatus.Shipped)
        {
            var shipped = $"Order {orderNumber} is already shipped, so it cannot be marked packed again and nothing was queued. Correct a shipped order's invoice in e-conomic instead.";
            Log.PackingRejected(logger, orderNumber, installationId, shipped);
            return new MarkPackedResult(null, shipped, IsConflict: true);
        }

        var lines = PackedLines.From(stored.Order, quantities, out var error);
        if (lines is null)
        {
            Log.PackingRejected(logger, orderNumber, installationId, error ?? string.Empty);
            return new MarkPackedResult(null, error);
        }

        var packedEvent = new OrderPackedEvent
        {
            EventId = Guid.NewGuid().ToString("N"),
            OrderNumber = orderNumber,
            WarehouseReference = $"WMS-{orderNumber}",
            PackedAt = timeProvider.GetUtcNow(),
            Lines = lines,
        };
        await warehouse.Orders.SetStatusAsync(orderNumber, WarehouseOrderStatus.Packed, cancellationToken);
        await stockAdjustments.RemovePackedAsync(installationId, lines, cancellationToken);
        await store.EnqueueAsync(installationId, packedEvent, packedEvent.PackedAt, cancellationToken);
        Log.Queued(logger, orderNumber, installationId, packedEvent.EventId);
        signal.Notify();

        return new MarkPackedResult(packedEvent.EventId, null);
    }

    /// <summary>Queues an order's failed packed events again as an admin retry. Returns how many were queued.</summary>
    public async Task<int> RetryFailedAsync(string installationId, string orderNumber, CancellationToken cancellationToken)
    {
        var count = await store.RetryFailedAsync(installationId, orderNumber, timeProvider.GetUtcNow(), cancellationToken);
        Log.RetryQueued(logger, orderNumber, installationId, count);
        if (count > 0)
        {
            signal.Notify();
        }

        return count;
    }

    /// <summary>Lists an installation's packed events with their state, newest first.</summary>
    public Task<IReadOnlyList<QueuedPackedEvent>> ListAsync(string installationId, CancellationToken cancellationToken) =>
        store.ListAsync(installationId, cancellationToken);
}
