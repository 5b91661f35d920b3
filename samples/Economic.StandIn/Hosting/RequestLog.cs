namespace Economic.StandIn.Hosting;

/// <summary>The requests the stand-in received, for tests to observe. Thread-safe.</summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<StandInRequest> _requests = [];

    public IReadOnlyList<StandInRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public void Add(StandInRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }
}
