using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>
/// Drains the webhook queue: re-reads each pending record once, however many calls it collected, and
/// applies e-conomic's current state to the warehouse.
/// </summary>
internal sealed class WebhookQueueProcessor(
    WebhookQueue queue,
    WebhookQueuePause pause,
    IEnumerable<IQueuedRecordHandler> handlers,
    IOptions<WebhookQueueOptions> options,
    TimeProvider timeProvider,
    ILogger<WebhookQueueProcessor> logger)
{
    private readonly WebhookQueueOptions _options = options.Value;
    private readonly Dictionary<WebhookRecordType, IQueuedRecordHandler> _handlers = handlers.ToDictionary(handler => handler.RecordType);

    /// <summary>
    /// Processes every due entry. Entries changed by a call during the run are listed and processed again,
    /// up to <see cref="WebhookQueueOptions.MaxPassesPerRun"/> passes.
    /// </summary>
    /// <returns>False when a failure stopped the run. The sync log entry gives the reason, and the entries stay queued.</returns>
    public async Task<bool> DrainAsync(QueueRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);

        if (await pause.IsPausedAsync(run.Installation.State, cancellationToken))
        {
            return true;
        }

        for (var pass = 0; pass < _options.MaxPassesPerRun; pass++)
        {
            var due = await queue.ListDueAsync(run.Installation.State, cancellationToken);
            if (due.Count == 0)
            {
                return true;
            }

            foreach (var item in due)
            {
                if (!await ProcessAsync(run, item, cancellationToken))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private async Task<bool> ProcessAsync(QueueRun run, QueuedRecord item, CancellationToken cancellationToken)
    {
        var handler = _handlers[item.Record.RecordType];
        try
        {
            if (await handler.TryApplyCurrentAsync(run, item.Record, cancellationToken))
            {
                run.Applied++;
                await queue.TryCompleteAsync(run.Installation.State, item, cancellationToken);
            }
            else
            {
                await HandleNotFoundAsync(run, handler, item, cancellationToken);
            }

            return true;
        }
        catch (InvalidDataException exception)
        {
            await DropAsync(run, item, exception, cancellationToken);
            return true;
        }
        catch (EconomicApiException exception) when (QueueFailure.RejectsRecord(exception))
        {
            await DropRejectedAsync(run, item, exception, cancellationToken);
            return true;
        }
        catch (Exception exception) when (QueueFailure.PausesQueue(exception))
        {
            await PauseAfterFailureAsync(run, item, exception, cancellationToken);
            return false;
        }
    }

    private async Task HandleNotFoundAsync(QueueRun run, IQueuedRecordHandler handler, QueuedRecord item, CancellationToken cancellationToken)
    {
        var record = item.Record;
        var notFoundCount = record.NotFoundCount + 1;

        // A record can be unreadable for a moment right after its webhook, so a plain update call that
        // finds nothing is read again before the record counts as deleted.
        if (record.DeletionSignalled || notFoundCount > _options.NotFoundRetryDelays.Count)
        {
            await handler.ApplyDeletedAsync(run, record, cancellationToken);
            run.Applied++;
            await queue.TryCompleteAsync(run.Installation.State, item, cancellationToken);
            return;
        }

        var delay = _options.NotFoundRetryDelays[notFoundCount - 1];
        Log.RecordNotFoundYet(logger, record.RecordType, record.Number, run.Installation.InstallationId, notFoundCount, delay);
        run.Postponed++;
        await WebhookQueue.TryPostponeAsync(run.Installation.State, item, notFoundCount, timeProvider.GetUtcNow() + delay, cancellationToken);
    }

    private async Task DropAsync(QueueRun run, QueuedRecord item, InvalidDataException exception, CancellationToken cancellationToken)
    {
        var record = item.Record;
        Log.RecordDropped(logger, record.RecordType, record.Number, run.Installation.InstallationId, exception.Message);
        var entry = new SyncLogEntry(AreaOf(record), SyncStatus.Error, exception.Message) { Reference = record.Number };

        await run.Installation.SyncLog.WriteAsync(entry, cancellationToken);
        await queue.TryCompleteAsync(run.Installation.State, item, cancellationToken);
    }

    // A 4xx about one record would come back on every retry, and as the oldest entry it would be read first
    // after every pause, so it leaves the queue instead of holding up the records behind it.
    private async Task DropRejectedAsync(QueueRun run, QueuedRecord item, EconomicApiException exception, CancellationToken cancellationToken)
    {
        var record = item.Record;
        Log.RecordDropped(logger, record.RecordType, record.Number, run.Installation.InstallationId, exception.Message);
        var message = $"e-conomic rejected reading {Describe(record)} after a webhook, so the record was removed from the webhook queue "
            + $"and the queue went on with the next one: {exception.Message} Check the record in e-conomic; its next change sends a new webhook.";
        var entry = QueueFailure.ToEntry(AreaOf(record), message, record.Number, exception) with { Status = SyncStatus.Error };

        await run.Installation.SyncLog.WriteAsync(entry, cancellationToken);
        await queue.TryCompleteAsync(run.Installation.State, item, cancellationToken);
    }

    private async Task PauseAfterFailureAsync(QueueRun run, QueuedRecord item, Exception exception, CancellationToken cancellationToken)
    {
        // Pausing the whole queue, not only this entry, writes one entry per pause when e-conomic is
        // down or the settings are wrong, instead of one per queued record.
        var record = item.Record;
        Log.RecordFailed(logger, record.RecordType, record.Number, run.Installation.InstallationId, exception.Message);
        await pause.PauseAsync(run.Installation.State, cancellationToken);

        var message = $"Reading {Describe(record)} from e-conomic after a webhook failed, so the webhook queue pauses for "
            + $"{_options.FailureRetryDelay.TotalSeconds:0} seconds and then tries again: {exception.Message}";
        await run.Installation.SyncLog.WriteAsync(QueueFailure.ToEntry(AreaOf(record), message, record.Number, exception), cancellationToken);
    }

    private static string Describe(PendingRecord record) =>
        record.RecordType == WebhookRecordType.Order ? $"order {record.Number}" : $"product '{record.Number}'";

    private static SyncArea AreaOf(PendingRecord record) =>
        record.RecordType == WebhookRecordType.Order ? SyncArea.Orders : SyncArea.Products;
}
