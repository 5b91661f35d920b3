using Economic.Plugin.Abstractions.Invoicing;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Packing;

/// <summary>
/// Delivers due packed events to the installed plugin's <see cref="IOrderPackedHandler"/> and stores
/// what the handler decided: completed, retried at the time it asked for, or kept as failed.
/// </summary>
internal sealed class PackedEventDispatcher(
    PackedEventStore store,
    InstallationService installations,
    PluginCatalog catalog,
    TimeProvider timeProvider,
    Microsoft.Extensions.Options.IOptions<PackingOptions> options,
    ILogger<PackedEventDispatcher> logger)
{
    private const int BatchSize = 20;

    /// <summary>Delivers every event that is due now. Returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            var due = await store.TakeDueAsync(now, now + options.Value.DeliveryLease, BatchSize, cancellationToken);
            foreach (var item in due)
            {
                await DeliverAsync(item, cancellationToken);
            }

            delivered += due.Count;
            if (due.Count < BatchSize)
            {
                return delivered;
            }
        }
    }

    private async Task DeliverAsync(QueuedPackedEvent item, CancellationToken cancellationToken)
    {
        PackedEventOutcome outcome;
        try
        {
            outcome = await HandleAsync(item, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.DeliveryFailed(logger, exception, item.Event.EventId, item.Event.OrderNumber, item.InstallationId);
            outcome = new PackedEventOutcome(
                PackedEventDisposition.RetryLater,
                $"Handling the packed event of order {item.Event.OrderNumber} failed unexpectedly ({exception.GetType().Name}); it is retried automatically.");
        }

        var now = timeProvider.GetUtcNow();
        var (status, next) = outcome.Disposition switch
        {
            PackedEventDisposition.Completed => (PackedEventStatus.Completed, now),
            PackedEventDisposition.Failed => (PackedEventStatus.Failed, now),
            _ => (PackedEventStatus.Queued, now + (outcome.RetryAfter ?? options.Value.DefaultRetryDelay)),
        };
        Log.Delivered(logger, item.Event.EventId, item.Event.OrderNumber, item.InstallationId, outcome.Disposition);
        await store.RecordAsync(item.InstallationId, item.Event.EventId, status, next, outcome.Message, cancellationToken);
    }

    private async Task<PackedEventOutcome> HandleAsync(QueuedPackedEvent item, CancellationToken cancellationToken)
    {
        var installation = await installations.FindAsync(item.InstallationId, cancellationToken);
        var plugin = installation is null ? null : catalog.Find(installation.PluginId);
        if (plugin is null || !plugin.HasService<IOrderPackedHandler>())
        {
            return new PackedEventOutcome(
                PackedEventDisposition.Completed,
                $"No installed plugin handles packed orders for installation '{item.InstallationId}', so the event of order {item.Event.OrderNumber} was dropped.");
        }

        var context = await installations.CreateContextAsync(item.InstallationId, cancellationToken);
        await using var scope = plugin.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<IOrderPackedHandler>();

        return await handler.HandleOrderPackedAsync(context, item.Event, cancellationToken);
    }
}
