namespace Economic.Plugin.Abstractions.Invoicing;

/// <summary>What the host does with a packed event after the handler ran.</summary>
/// <param name="Disposition">Whether the event is done, retried or kept as failed.</param>
/// <param name="Message">A sentence for the admin, such as "Invoice draft 57 created".</param>
public sealed record PackedEventOutcome(PackedEventDisposition Disposition, string Message)
{
    /// <summary>When to deliver the event again, for <see cref="PackedEventDisposition.RetryLater"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
