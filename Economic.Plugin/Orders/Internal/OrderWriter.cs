using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.EconomicApi;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Orders.Internal;

/// <summary>Applies mapped orders to the warehouse, counts the outcomes and writes the sync log entries.</summary>
internal sealed class OrderWriter(InstallationContext installation, ImportCounters counters, ILogger logger)
{
    private readonly HashSet<string> _writtenWarnings = new(StringComparer.Ordinal);

    /// <summary>Upserts the order; returns false when the warehouse returned an outcome the import cannot handle.</summary>
    public async Task<bool> WriteAsync(WarehouseOrder order, IEnumerable<string> warnings, CancellationToken cancellationToken)
    {
        foreach (var warning in warnings.Where(_writtenWarnings.Add))
        {
            await WriteEntryAsync(SyncStatus.Warning, $"Order {order.OrderNumber}: {warning}", order.OrderNumber, cancellationToken);
        }

        var result = await installation.Warehouse.UpsertOrderAsync(order, cancellationToken);
        Log.OrderApplied(logger, order.OrderNumber, installation.InstallationId, result);
        switch (result)
        {
            case ChangeResult.Inserted:
                counters.Inserted++;
                return true;
            case ChangeResult.Updated:
                counters.Updated++;
                return true;
            case ChangeResult.Unchanged:
                counters.Skipped++;
                return true;
            case ChangeResult.Conflict:
                await RecordConflictAsync(order.OrderNumber, cancellationToken);
                return true;
            default:
                await RecordFailureAsync(order.OrderNumber, $"the warehouse returned {result} for the order.", null, cancellationToken);
                return false;
        }
    }

    public Task RecordFailureAsync(string orderNumber, Exception exception, CancellationToken cancellationToken) =>
        RecordFailureAsync(orderNumber, exception.Message, exception as EconomicApiException, cancellationToken);

    private async Task RecordConflictAsync(string orderNumber, CancellationToken cancellationToken)
    {
        counters.Skipped++;
        var stored = await installation.Warehouse.GetOrderAsync(orderNumber, cancellationToken);
        var status = stored is null ? string.Empty : $" (warehouse status {stored.Status})";
        var message = $"Order {orderNumber} changed in e-conomic, but the change was not applied because warehouse work has started on it{status}; "
            + "apply the change in the warehouse by hand.";

        Log.OrderConflict(logger, orderNumber, installation.InstallationId);
        await WriteEntryAsync(SyncStatus.Warning, message, orderNumber, cancellationToken);
    }

    private async Task RecordFailureAsync(string orderNumber, string reason, EconomicApiException? apiException, CancellationToken cancellationToken)
    {
        counters.Failed++;
        Log.OrderFailed(logger, orderNumber, installation.InstallationId, reason);
        var entry = new SyncLogEntry(SyncArea.Orders, SyncStatus.Error, $"Order {orderNumber} was not imported and is read again on the next run: {reason}")
        {
            Reference = orderNumber,
            ErrorDetail = apiException?.EconomicMessage ?? reason,
            ErrorCode = apiException?.ErrorCode,
            LogId = apiException?.LogId,
            HttpStatus = apiException is null ? null : (int)apiException.HttpStatus,
        };

        await installation.SyncLog.WriteAsync(entry, cancellationToken);
    }

    private Task WriteEntryAsync(SyncStatus status, string message, string orderNumber, CancellationToken cancellationToken) =>
        installation.SyncLog.WriteAsync(new SyncLogEntry(SyncArea.Orders, status, message) { Reference = orderNumber }, cancellationToken);
}
