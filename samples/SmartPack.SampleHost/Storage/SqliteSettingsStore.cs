using Microsoft.AspNetCore.DataProtection;

namespace SmartPack.SampleHost.Storage;

/// <summary>
/// Stored setting values per installation. Secret values are encrypted with ASP.NET Core Data
/// Protection under a purpose per plugin, so the database file contains only ciphertext for them, and
/// one plugin's protector cannot read another plugin's secrets.
/// </summary>
internal sealed class SqliteSettingsStore(SqliteDatabase database, IDataProtectionProvider dataProtection)
{
    private const string Purpose = "SmartPack.SampleHost.PluginSettings.v1";

    /// <summary>Stores <paramref name="values"/>, replacing the stored value of each key given; other keys stay.</summary>
    public async Task SaveAsync(
        string installationId,
        string pluginId,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlySet<string> secretKeys,
        CancellationToken cancellationToken)
    {
        var protector = CreateProtector(pluginId);
        await using var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();
        foreach (var (key, value) in values)
        {
            var isSecret = secretKeys.Contains(key);
            var stored = isSecret && value is not null ? protector.Protect(value) : value;
            await connection.ExecuteAsync(
                "INSERT INTO installation_settings (installation_id, key, value, is_secret) VALUES ($installation, $key, $value, $secret) " +
                "ON CONFLICT (installation_id, key) DO UPDATE SET value = excluded.value, is_secret = excluded.is_secret",
                cancellationToken, ("$installation", installationId), ("$key", key), ("$value", stored), ("$secret", isSecret));
        }

        await connection.CommitAsync(cancellationToken);
    }

    /// <summary>Returns the stored values of an installation, with secrets decrypted in memory.</summary>
    public async Task<Dictionary<string, string?>> LoadAsync(string installationId, string pluginId, CancellationToken cancellationToken)
    {
        var protector = CreateProtector(pluginId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "SELECT key, value, is_secret FROM installation_settings WHERE installation_id = $installation",
            ("$installation", installationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var value = reader[1] as string;
            values[reader.GetString(0)] = reader.GetBoolean(2) && value is not null ? protector.Unprotect(value) : value;
        }

        return values;
    }

    public async Task DeleteAllAsync(string installationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM installation_settings WHERE installation_id = $installation",
            cancellationToken, ("$installation", installationId));
    }

    private IDataProtector CreateProtector(string pluginId) => dataProtection.CreateProtector(Purpose, pluginId);
}
