using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Tests.StockValue;

/// <summary>
/// A state store that can throw on its next <see cref="SetAsync"/>, as a process that stops before
/// it records an outcome would leave the state.
/// </summary>
internal sealed class StoppingStateStore(IPluginStateStore inner) : IPluginStateStore
{
    public bool StopAtNextSet { get; set; }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        if (StopAtNextSet)
        {
            StopAtNextSet = false;
            throw new InvalidOperationException("The process stopped before it recorded the outcome.");
        }

        return inner.SetAsync(key, value, cancellationToken);
    }

    public Task<bool> TryAddAsync(string key, string value, CancellationToken cancellationToken) => inner.TryAddAsync(key, value, cancellationToken);

    public Task<bool> TryUpdateAsync(string key, string expectedValue, string newValue, CancellationToken cancellationToken) =>
        inner.TryUpdateAsync(key, expectedValue, newValue, cancellationToken);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => inner.RemoveAsync(key, cancellationToken);

    public Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        inner.ListAsync(prefix, cancellationToken);
}
