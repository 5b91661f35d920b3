using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Extensions.Options;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>
/// The durable, coalescing queue of webhook calls, kept in the installation's state with one entry per
/// record, so a thousand calls for one product leave one entry.
/// </summary>
/// <remarks>
/// The state store offers no conditional delete, so an entry is removed in two steps: it is first
/// marked as being removed (a conditional update, which fails when a call changed it meanwhile) and
/// then deleted. A call that meets the mark waits for the delete before it adds its own entry, so no
/// call is lost between the two steps.
/// </remarks>
internal sealed class WebhookQueue(TimeProvider timeProvider, IOptions<WebhookQueueOptions> options)
{
    public const string KeyPrefix = "webhooks/queue/";

    private readonly WebhookQueueOptions _options = options.Value;

    /// <summary>Returns the state key of the entry for one record.</summary>
    public static string KeyFor(WebhookRecordType recordType, string number) =>
        $"{KeyPrefix}{recordType.ToString().ToLowerInvariant()}/{number}";

    /// <summary>Records <paramref name="call"/>, folding it into the record's pending entry.</summary>
    public async Task RecordAsync(IPluginStateStore state, WebhookCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(call);

        var previousNumber = call.PreviousNumber is null
            ? null
            : await TakeOverPreviousAsync(state, call.Event.RecordType, call.PreviousNumber, cancellationToken);
        var key = KeyFor(call.Event.RecordType, call.Number);

        await UpdateEntryAsync(state, key, existing => Fold(existing, call, previousNumber), cancellationToken);
    }

    /// <summary>Lists the entries that are due now, oldest call first, and clears removals that never finished.</summary>
    public async Task<IReadOnlyList<QueuedRecord>> ListDueAsync(IPluginStateStore state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);

        var now = timeProvider.GetUtcNow();
        var due = new List<QueuedRecord>();
        foreach (var (key, value) in await state.ListAsync(KeyPrefix, cancellationToken))
        {
            var record = WebhookQueueJson.Deserialize(value);
            if (record is null || record.RemovingSince < now - _options.StaleRemovalAge)
            {
                await state.RemoveAsync(key, cancellationToken);
            }
            else if (record.RemovingSince is null && !(record.NotBefore > now))
            {
                due.Add(new QueuedRecord(key, value, record));
            }
        }

        return due.OrderBy(item => item.Record.FirstReceived).ToList();
    }

    /// <summary>Counts the entries waiting, due or not.</summary>
    public static async Task<int> CountAsync(IPluginStateStore state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);

        var entries = await state.ListAsync(KeyPrefix, cancellationToken);

        return entries.Count(entry => WebhookQueueJson.Deserialize(entry.Value)?.RemovingSince is null);
    }

    /// <summary>
    /// Removes the entry when no call changed it since it was read.
    /// </summary>
    /// <returns>False when a call arrived meanwhile, so the entry stays and is processed again.</returns>
    public async Task<bool> TryCompleteAsync(IPluginStateStore state, QueuedRecord item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(item);

        var marked = WebhookQueueJson.Serialize(item.Record with { RemovingSince = timeProvider.GetUtcNow() });
        if (!await state.TryUpdateAsync(item.Key, item.StoredValue, marked, cancellationToken))
        {
            return false;
        }

        // Not cancellable: a call waiting on the mark must see the entry gone soon.
        await state.RemoveAsync(item.Key, CancellationToken.None);

        return true;
    }

    /// <summary>Postpones the entry to <paramref name="notBefore"/>, unless a call changed it since it was read.</summary>
    public static Task<bool> TryPostponeAsync(
        IPluginStateStore state,
        QueuedRecord item,
        int notFoundCount,
        DateTimeOffset notBefore,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(item);

        var postponed = item.Record with { NotFoundCount = notFoundCount, NotBefore = notBefore };

        return state.TryUpdateAsync(item.Key, item.StoredValue, WebhookQueueJson.Serialize(postponed), cancellationToken);
    }

    private PendingRecord Fold(PendingRecord? existing, WebhookCall call, string? previousNumber)
    {
        var now = timeProvider.GetUtcNow();
        if (existing is null)
        {
            return new PendingRecord
            {
                RecordType = call.Event.RecordType,
                Number = call.Number,
                PreviousNumber = previousNumber,
                DeletionSignalled = call.SignalsDeletion,
                Calls = 1,
                FirstReceived = now,
                LastReceived = now,
            };
        }

        // The earliest previous number wins, because the warehouse still stores the record under that one.
        return existing with
        {
            PreviousNumber = existing.PreviousNumber ?? previousNumber,
            DeletionSignalled = call.SignalsDeletion,
            Calls = existing.Calls + 1,
            LastReceived = now,
            NotBefore = null,
        };
    }

    /// <summary>
    /// Removes the pending entry of a record's previous number and returns the number the warehouse stores
    /// the record under, so that a record renumbered twice before processing moves in one step.
    /// </summary>
    private async Task<string> TakeOverPreviousAsync(
        IPluginStateStore state,
        WebhookRecordType recordType,
        string previousNumber,
        CancellationToken cancellationToken)
    {
        var key = KeyFor(recordType, previousNumber);
        while (true)
        {
            var stored = await state.GetAsync(key, cancellationToken);
            var record = stored is null ? null : WebhookQueueJson.Deserialize(stored);
            if (stored is null || record is null || record.RemovingSince is not null)
            {
                return previousNumber;
            }

            if (await TryCompleteAsync(state, new QueuedRecord(key, stored, record), cancellationToken))
            {
                return record.PreviousNumber ?? previousNumber;
            }
        }
    }

    private async Task UpdateEntryAsync(
        IPluginStateStore state,
        string key,
        Func<PendingRecord?, PendingRecord> fold,
        CancellationToken cancellationToken)
    {
        var removalChecks = 0;
        while (true)
        {
            var stored = await state.GetAsync(key, cancellationToken);
            if (stored is null)
            {
                if (await state.TryAddAsync(key, WebhookQueueJson.Serialize(fold(null)), cancellationToken))
                {
                    return;
                }

                continue;
            }

            var existing = WebhookQueueJson.Deserialize(stored);
            if (existing?.RemovingSince is not null && removalChecks++ < _options.RemovalPollAttempts)
            {
                await Task.Delay(_options.RemovalPollInterval, cancellationToken);
                continue;
            }

            // An entry still marked after the wait belongs to a run that stopped between its two steps.
            var next = fold(existing?.RemovingSince is null ? existing : null);
            if (await state.TryUpdateAsync(key, stored, WebhookQueueJson.Serialize(next), cancellationToken))
            {
                return;
            }
        }
    }
}
