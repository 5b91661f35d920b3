using System.Collections.Concurrent;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Tests.Fakes;

/// <summary>An <see cref="IPluginStateStore"/> in memory, with the host's atomic semantics.</summary>
public sealed class InMemoryStateStore : IPluginStateStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values => _values;

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
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

    public Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        IReadOnlyList<KeyValuePair<string, string>> matches = _values
            .Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(matches);
    }
}
