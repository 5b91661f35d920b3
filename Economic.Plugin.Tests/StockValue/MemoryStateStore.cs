using System.Collections.Concurrent;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Tests.StockValue;

/// <summary>A state store in memory; <see cref="FailNextSet"/> simulates a process that stops before it writes.</summary>
internal sealed class MemoryStateStore : IPluginStateStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public bool FailNextSet { get; set; }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        if (FailNextSet)
        {
            FailNextSet = false;
            throw new InvalidOperationException("The process stopped before it recorded the outcome.");
        }

        _values[key] = value;
        return Task.CompletedTask;
    }

    public Task<bool> TryAddAsync(string key, string value, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryAdd(key, value));

    public Task<bool> TryUpdateAsync(string key, string expectedValue, string newValue, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryUpdate(key, newValue, expectedValue));

    public Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        _values.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KeyValuePair<string, string>>>(
            _values.Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList());
}
