using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Tests.Invoicing;

/// <summary>A thread-safe in-memory state store for the invoicing unit tests.</summary>
internal sealed class InvoicingStateStore : IPluginStateStore
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, string> _values = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_values.GetValueOrDefault(key));
        }
    }

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _values[key] = value;
            return Task.CompletedTask;
        }
    }

    public Task<bool> TryAddAsync(string key, string value, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_values.TryAdd(key, value));
        }
    }

    public Task<bool> TryUpdateAsync(string key, string expectedValue, string newValue, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_values.TryGetValue(key, out var current) || current != expectedValue)
            {
                return Task.FromResult(false);
            }

            _values[key] = newValue;
            return Task.FromResult(true);
        }
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _values.Remove(key);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<KeyValuePair<string, string>> list = _values.Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            return Task.FromResult(list);
        }
    }
}
