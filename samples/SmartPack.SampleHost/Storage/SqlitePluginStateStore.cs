using Economic.Plugin.Abstractions.Hosting;

namespace SmartPack.SampleHost.Storage;

/// <summary>The plugin state of one installation. TryAdd and TryUpdate are single SQL statements, so they are atomic across threads and processes.</summary>
internal sealed class SqlitePluginStateStore(SqliteDatabase database, string installationId) : IPluginStateStore
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);

        await using var connection = await database.OpenAsync(cancellationToken);
        return (string?)await connection.ScalarAsync(
            "SELECT value FROM plugin_state WHERE installation_id = $installation AND key = $key",
            cancellationToken, ("$installation", installationId), ("$key", key));
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO plugin_state (installation_id, key, value) VALUES ($installation, $key, $value) " +
            "ON CONFLICT (installation_id, key) DO UPDATE SET value = excluded.value",
            cancellationToken, ("$installation", installationId), ("$key", key), ("$value", value));
    }

    public async Task<bool> TryAddAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(
            "INSERT INTO plugin_state (installation_id, key, value) VALUES ($installation, $key, $value) " +
            "ON CONFLICT (installation_id, key) DO NOTHING",
            cancellationToken, ("$installation", installationId), ("$key", key), ("$value", value));

        return rows == 1;
    }

    public async Task<bool> TryUpdateAsync(string key, string expectedValue, string newValue, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(expectedValue);
        ArgumentNullException.ThrowIfNull(newValue);

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(
            "UPDATE plugin_state SET value = $new WHERE installation_id = $installation AND key = $key AND value = $expected",
            cancellationToken, ("$installation", installationId), ("$key", key), ("$expected", expectedValue), ("$new", newValue));

        return rows == 1;
    }

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM plugin_state WHERE installation_id = $installation AND key = $key",
            cancellationToken, ("$installation", installationId), ("$key", key));
    }

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "SELECT key, value FROM plugin_state WHERE installation_id = $installation AND substr(key, 1, length($prefix)) = $prefix ORDER BY key",
            ("$installation", installationId), ("$prefix", prefix));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var entries = new List<KeyValuePair<string, string>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new KeyValuePair<string, string>(reader.GetString(0), reader.GetString(1)));
        }

        return entries;
    }
}
