namespace Economic.Plugin.Abstractions.Invoicing;

/// <summary>
/// Reacts when the warehouse marks an order packed. The host delivers each event from a durable
/// queue at least once, and may deliver it again after a crash or from a second host, so the
/// handler must be idempotent.
/// </summary>
public interface IOrderPackedHandler
{
    /// <summary>Handles one packed event.</summary>
    /// <returns>What the host should do with the event next: drop it, retry it later, or keep it as failed.</returns>
    Task<PackedEventOutcome> HandleOrderPackedAsync(
        InstallationContext installation,
        OrderPackedEvent packedEvent,
        CancellationToken cancellationToken);
}
