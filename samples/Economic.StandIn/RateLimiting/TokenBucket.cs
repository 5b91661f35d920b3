namespace Economic.StandIn.RateLimiting;

/// <summary>
/// e-conomic's per-agreement token bucket. It contains up to <c>capacity</c> tokens, refills evenly so an
/// empty bucket is full again after <c>window</c>, and every call takes its cost from it.
/// </summary>
internal sealed class TokenBucket(int capacity, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private double _available = capacity;
    private DateTimeOffset _refilledAt = timeProvider.GetUtcNow();

    public int Capacity => capacity;

    public TimeSpan Window => window;

    /// <summary>Takes <paramref name="cost"/> tokens, or returns how long until they are there.</summary>
    public RateLimitDecision TryTake(int cost)
    {
        lock (_gate)
        {
            Refill();
            if (_available >= cost)
            {
                _available -= cost;
                return new RateLimitDecision(true, Used(), TimeSpan.Zero);
            }

            var missing = cost - _available;
            var wait = TimeSpan.FromSeconds(Math.Ceiling(missing * window.TotalSeconds / capacity));

            return new RateLimitDecision(false, Used(), wait);
        }
    }

    private int Used() => capacity - (int)Math.Floor(_available);

    private void Refill()
    {
        var now = timeProvider.GetUtcNow();
        var elapsed = now - _refilledAt;
        _refilledAt = now;
        if (elapsed > TimeSpan.Zero)
        {
            _available = Math.Min(capacity, _available + (elapsed.TotalSeconds * capacity / window.TotalSeconds));
        }
    }
}
