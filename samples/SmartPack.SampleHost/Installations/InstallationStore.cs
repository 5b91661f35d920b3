using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Installations;

/// <summary>The installations table.</summary>
internal sealed class InstallationStore(SqliteDatabase database)
{
    /// <summary>Stores a new installation; returns false when the id is taken.</summary>
    public async Task<bool> TryAddAsync(Installation installation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(
            "INSERT INTO installations (id, plugin_id, installed_at) VALUES ($id, $plugin, $at) ON CONFLICT (id) DO NOTHING",
            cancellationToken, ("$id", installation.Id), ("$plugin", installation.PluginId), ("$at", SqliteValues.FromTime(installation.InstalledAt)));

        return rows == 1;
    }

    public async Task<Installation?> FindAsync(string installationId, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken);
        return all.FirstOrDefault(installation => string.Equals(installation.Id, installationId, StringComparison.Ordinal));
    }

    public async Task<IReadOnlyList<Installation>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand("SELECT id, plugin_id, installed_at FROM installations ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var installations = new List<Installation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            installations.Add(new Installation(reader.GetString(0), reader.GetString(1), SqliteValues.ToTime(reader.GetString(2))));
        }

        return installations;
    }

    /// <summary>Deletes the installation with its settings, plugin state and task run records. Orders, products and the sync log stay.</summary>
    public async Task DeleteAsync(string installationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();
        foreach (var table in new[] { "installation_settings", "plugin_state", "task_runs" })
        {
            await connection.ExecuteAsync($"DELETE FROM {table} WHERE installation_id = $id", cancellationToken, ("$id", installationId));
        }

        await connection.ExecuteAsync("DELETE FROM installations WHERE id = $id", cancellationToken, ("$id", installationId));
        await connection.CommitAsync(cancellationToken);
    }
}
