namespace SmartPack.SampleHost.Packing;

/// <summary>Wakes the packed-event worker when an event is queued, so it does not wait for the next poll.</summary>
internal sealed class PackedEventSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // The worker is already woken. One wake-up handles every queued event.
        }
    }

    /// <summary>Waits until <see cref="Notify"/> is called or <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await _semaphore.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed.
        }
        catch (OperationCanceledException)
        {
            // The host is stopping. The worker loop ends.
        }
    }

    public void Dispose() => _semaphore.Dispose();
}
