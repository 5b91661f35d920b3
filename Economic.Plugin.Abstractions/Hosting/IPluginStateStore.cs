namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>
/// Durable key-value storage that belongs to one installation: import checkpoints, idempotency
/// records, queued webhook calls. Values are opaque strings (the plugin stores JSON). The host keeps
/// the data until the plugin is uninstalled.
/// </summary>
/// <remarks>
/// Every method is atomic on its own. <see cref="TryAddAsync"/> and <see cref="TryUpdateAsync"/> are
/// the building blocks for claims that must hold across processes, such as "this host creates the
/// invoice draft for order 1042".
/// </remarks>
public interface IPluginStateStore
{
    /// <summary>Returns the value stored under <paramref name="key"/>, or null when there is none.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> only when <paramref name="key"/> has no value yet.</summary>
    /// <returns>True when this call stored the value; false when the key already had one.</returns>
    Task<bool> TryAddAsync(string key, string value, CancellationToken cancellationToken);

    /// <summary>Replaces the value of <paramref name="key"/> only while it still equals <paramref name="expectedValue"/>.</summary>
    /// <returns>True when this call replaced the value.</returns>
    Task<bool> TryUpdateAsync(string key, string expectedValue, string newValue, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="key"/>; does nothing when it has no value.</summary>
    Task RemoveAsync(string key, CancellationToken cancellationToken);

    /// <summary>Lists the keys and values whose key starts with <paramref name="prefix"/>, ordered by key.</summary>
    Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken);
}
