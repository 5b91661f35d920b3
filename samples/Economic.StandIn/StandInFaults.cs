namespace Economic.StandIn;

/// <summary>The faults a <see cref="StandInServer"/> injects. Safe to change while requests run.</summary>
public sealed class StandInFaults
{
    private readonly Lock _gate = new();
    private readonly List<ArmedFault> _faults = [];

    /// <summary>Arms a fault; the first armed fault that matches a request wins.</summary>
    public void Add(StandInFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);

        lock (_gate)
        {
            _faults.Add(new ArmedFault(fault, fault.Times));
        }
    }

    /// <summary>Disarms every fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    internal StandInFault? TryTake(string method, string path)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(armed => armed.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var armed = _faults[index];
            if (armed.Remaining is { } remaining)
            {
                _faults[index] = armed with { Remaining = remaining - 1 };
                if (remaining <= 1)
                {
                    _faults.RemoveAt(index);
                }
            }

            return armed.Fault;
        }
    }

    private sealed record ArmedFault(StandInFault Fault, int? Remaining)
    {
        public bool Matches(string method, string path) =>
            (Fault.Method is null || string.Equals(Fault.Method, method, StringComparison.OrdinalIgnoreCase))
            && (Fault.PathPrefix is null || path.StartsWith(Fault.PathPrefix, StringComparison.OrdinalIgnoreCase));
    }
}
