namespace Economic.Plugin.Webhooks.Internal;

/// <summary>Re-reads one kind of record from e-conomic and applies it to the warehouse.</summary>
internal interface IQueuedRecordHandler
{
    WebhookRecordType RecordType { get; }

    /// <summary>
    /// Reads the record's current state from e-conomic and applies it: insert, update, or move from
    /// <see cref="PendingRecord.PreviousNumber"/>.
    /// </summary>
    /// <returns>False when e-conomic has no record with the number.</returns>
    Task<bool> TryApplyCurrentAsync(QueueRun run, PendingRecord record, CancellationToken cancellationToken);

    /// <summary>Applies a confirmed deletion: an order is deleted while no warehouse work has started, a product deactivated.</summary>
    Task ApplyDeletedAsync(QueueRun run, PendingRecord record, CancellationToken cancellationToken);
}
