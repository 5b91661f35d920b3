using System.Globalization;
using System.Net;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Orders;
using Economic.Plugin.Orders.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>
/// Re-reads an order after its webhook through the order import's mapping and applies it. An order
/// deleted in e-conomic is deleted in the warehouse only while no warehouse work has started on it.
/// </summary>
internal sealed class OrderRecordHandler(IOptions<OrderImportOptions> options, ILogger<OrderRecordHandler> logger) : IQueuedRecordHandler
{
    // Sent first, because that is where most orders are; an order is in one list at a time.
    private static readonly EconomicOrderStatus[] SearchOrder = [EconomicOrderStatus.Sent, EconomicOrderStatus.Draft, EconomicOrderStatus.Archived];

    public WebhookRecordType RecordType => WebhookRecordType.Order;

    public async Task<bool> TryApplyCurrentAsync(QueueRun run, PendingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(record);

        if (await FindAsync(run, ParseNumber(record.Number), cancellationToken) is not { } found)
        {
            return false;
        }

        var (status, order) = found;

        // An order in a list the installation does not import, such as one upgraded to an invoice, still
        // exists. So it must not count as deleted, but there is nothing to apply either.
        if (OrderImportSettings.Read(run.Installation.Settings).EnabledStatuses().Contains(status))
        {
            await ApplyAsync(run, record, status, order, cancellationToken);
        }

        return true;
    }

    public async Task ApplyDeletedAsync(QueueRun run, PendingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(record);

        await DeleteAsync(run, record.Number, cancellationToken);
        if (record.PreviousNumber is { } previous && await IsGoneAsync(run, previous, cancellationToken))
        {
            await DeleteAsync(run, previous, cancellationToken);
        }
    }

    private async Task ApplyAsync(QueueRun run, PendingRecord record, EconomicOrderStatus status, EconomicOrder order, CancellationToken cancellationToken)
    {
        // The old number comes from the call, which anyone with the URL can send, so an order moves only
        // when e-conomic confirms that the old number is gone.
        if (record.PreviousNumber is { } previous && await IsGoneAsync(run, previous, cancellationToken))
        {
            await MoveAsync(run, previous, record.Number, cancellationToken);
        }

        var import = new OrderImportRun(run.Session, run.Installation, options.Value, logger);
        await import.ApplyAsync(status, order, cancellationToken);
    }

    /// <summary>Returns the order and the list it is in, searching every list, or null when e-conomic has no such order.</summary>
    private static async Task<(EconomicOrderStatus Status, EconomicOrder Order)?> FindAsync(QueueRun run, int number, CancellationToken cancellationToken)
    {
        var api = run.Session.Api<IOrdersApi>();
        foreach (var status in SearchOrder)
        {
            if (await TryReadAsync(api, status, number, cancellationToken) is { } order)
            {
                return (status, order);
            }
        }

        return null;
    }

    private static async Task<bool> IsGoneAsync(QueueRun run, string number, CancellationToken cancellationToken) =>
        !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        || await FindAsync(run, value, cancellationToken) is null;

    private static async Task MoveAsync(QueueRun run, string previous, string number, CancellationToken cancellationToken)
    {
        var result = await run.Installation.Warehouse.RenumberOrderAsync(previous, number, cancellationToken);
        if (result == ChangeResult.Renumbered)
        {
            await WriteAsync(run, SyncStatus.Success, $"Order {previous} was renumbered to {number} in e-conomic and moved in the warehouse.", number, cancellationToken);
        }
        else if (result == ChangeResult.Conflict)
        {
            var message = $"Order {previous} was renumbered to {number} in e-conomic, but the warehouse already has an order {number}, "
                + $"so order {previous} was left as it is; remove it in the warehouse by hand if it is a duplicate.";
            await WriteAsync(run, SyncStatus.Warning, message, number, cancellationToken);
        }
    }

    private static async Task DeleteAsync(QueueRun run, string number, CancellationToken cancellationToken)
    {
        var warehouse = run.Installation.Warehouse;
        var result = await warehouse.DeleteOrderAsync(number, cancellationToken);
        if (result == ChangeResult.Deleted)
        {
            await WriteAsync(run, SyncStatus.Success, $"Order {number} was deleted in e-conomic and removed from the warehouse.", number, cancellationToken);
        }
        else if (result == ChangeResult.Conflict)
        {
            var stored = await warehouse.GetOrderAsync(number, cancellationToken);
            var status = stored is null ? string.Empty : $" (warehouse status {stored.Status})";
            var message = $"Order {number} was deleted in e-conomic, but warehouse work has started on it{status}, so the order was kept in the warehouse. "
                + "Stop or finish it in the warehouse by hand.";
            await WriteAsync(run, SyncStatus.Warning, message, number, cancellationToken);
        }
    }

    private static async Task<EconomicOrder?> TryReadAsync(IOrdersApi api, EconomicOrderStatus status, int number, CancellationToken cancellationToken)
    {
        try
        {
            return await api.GetOrderAsync(status.ToPathSegment(), number, cancellationToken);
        }
        catch (EconomicApiException exception) when (exception.HttpStatus == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static int ParseNumber(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidDataException($"The order webhook named order number '{number}', which is not a positive whole number, so it was ignored. Check the webhook's posted data in e-conomic.");

    private static Task WriteAsync(QueueRun run, SyncStatus status, string message, string number, CancellationToken cancellationToken) =>
        run.Installation.SyncLog.WriteAsync(new SyncLogEntry(SyncArea.Orders, status, message) { Reference = number }, cancellationToken);
}
