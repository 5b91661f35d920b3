using System.Collections.Concurrent;
using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Invoicing;

namespace Economic.Plugin.Tests.Invoicing;

/// <summary>An <see cref="IOrderPackedHandler"/> that records each delivery and returns the queued outcomes, then Completed.</summary>
internal sealed class ScriptedPackedHandler : IOrderPackedHandler
{
    private readonly ConcurrentQueue<PackedEventOutcome> _outcomes = new();

    public ConcurrentQueue<OrderPackedEvent> Deliveries { get; } = new();

    public void Enqueue(params PackedEventOutcome[] outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _outcomes.Enqueue(outcome);
        }
    }

    public Task<PackedEventOutcome> HandleOrderPackedAsync(InstallationContext installation, OrderPackedEvent packedEvent, CancellationToken cancellationToken)
    {
        Deliveries.Enqueue(packedEvent);
        return Task.FromResult(_outcomes.TryDequeue(out var outcome)
            ? outcome
            : new PackedEventOutcome(PackedEventDisposition.Completed, "Done."));
    }
}
