using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Orders;

namespace Economic.Plugin.Tests.Host;

/// <summary>
/// An order source that records each call's time and installation, stores one order per call, and
/// optionally holds each call until the test releases it.
/// </summary>
internal sealed class RecordingOrderSource(TimeProvider timeProvider, bool blockUntilReleased = false) : IOrderSource, IDisposable
{
    private readonly SemaphoreSlim _release = new(0);
    private readonly SemaphoreSlim _entered = new(0);
    private readonly Lock _lock = new();
    private readonly List<(DateTimeOffset Time, string InstallationId)> _calls = [];
    private int _active;

    public IReadOnlyList<(DateTimeOffset Time, string InstallationId)> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    public int MaxConcurrentCalls { get; private set; }

    public async Task<ImportResult> ImportOrdersAsync(InstallationContext installation, ImportMode mode, CancellationToken cancellationToken)
    {
        int callNumber;
        lock (_lock)
        {
            _calls.Add((timeProvider.GetUtcNow(), installation.InstallationId));
            callNumber = _calls.Count;
            MaxConcurrentCalls = Math.Max(MaxConcurrentCalls, ++_active);
        }

        _entered.Release();
        try
        {
            if (blockUntilReleased)
            {
                await _release.WaitAsync(cancellationToken);
            }

            var result = await installation.Warehouse.UpsertOrderAsync(TestOrders.Create($"{1000 + callNumber}"), cancellationToken);
            return new ImportResult { Inserted = 1, ApiCalls = 2, Skipped = result == Abstractions.Hosting.ChangeResult.Inserted ? 0 : 1 };
        }
        finally
        {
            lock (_lock)
            {
                _active--;
            }
        }
    }

    /// <summary>Waits until a call has entered the source; a test guard of 10 seconds turns a hang into a failure.</summary>
    public Task WaitForCallAsync() => _entered.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(
        entered => Assert.True(entered.Result, "The order source was not called within 10 seconds."), TaskScheduler.Default);

    public void ReleaseOne() => _release.Release();

    public void Dispose()
    {
        _release.Dispose();
        _entered.Dispose();
    }
}
