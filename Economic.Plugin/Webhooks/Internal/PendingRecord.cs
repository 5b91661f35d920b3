namespace Economic.Plugin.Webhooks.Internal;

/// <summary>
/// The queue entry of one record: every webhook call about the record since it was last processed,
/// folded into one. Stored as JSON in the installation's state.
/// </summary>
internal sealed record PendingRecord
{
    public required WebhookRecordType RecordType { get; init; }

    /// <summary>The record's current number in e-conomic, and the key of the entry.</summary>
    public required string Number { get; init; }

    /// <summary>The number the record had before it was renumbered, if a call renumbered it.</summary>
    public string? PreviousNumber { get; init; }

    /// <summary>True when the latest call reported the record as deleted.</summary>
    public bool DeletionSignalled { get; init; }

    /// <summary>The calls folded into this entry; it also makes every stored version of the entry unique.</summary>
    public int Calls { get; init; }

    public DateTimeOffset FirstReceived { get; init; }

    public DateTimeOffset LastReceived { get; init; }

    /// <summary>How many re-reads have found no record so far.</summary>
    public int NotFoundCount { get; init; }

    /// <summary>The earliest time the entry is processed again, after a re-read found nothing or failed.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Set while the queue removes the entry; a call that finds it waits for the removal.</summary>
    public DateTimeOffset? RemovingSince { get; init; }
}
