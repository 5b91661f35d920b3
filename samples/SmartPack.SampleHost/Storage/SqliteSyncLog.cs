using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Data.Sqlite;

namespace SmartPack.SampleHost.Storage;

/// <summary>The sync log of one installation.</summary>
internal sealed class SqliteSyncLog(SqliteDatabase database, TimeProvider timeProvider, string installationId) : ISyncLog
{
    private const string Columns =
        "time, area, status, message, reference, error_detail, error_code, log_id, http_status, previous_value, current_value, difference, document_number";

    public async Task WriteAsync(SyncLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"INSERT INTO sync_log (installation_id, {Columns}) VALUES ($installation, $time, $area, $status, $message, $reference, " +
            "$errorDetail, $errorCode, $logId, $httpStatus, $previous, $current, $difference, $document)",
            cancellationToken,
            ("$installation", installationId),
            ("$time", SqliteValues.FromTime(entry.Time ?? timeProvider.GetUtcNow())),
            ("$area", entry.Area.ToString()),
            ("$status", entry.Status.ToString()),
            ("$message", entry.Message),
            ("$reference", entry.Reference),
            ("$errorDetail", entry.ErrorDetail),
            ("$errorCode", entry.ErrorCode),
            ("$logId", entry.LogId),
            ("$httpStatus", entry.HttpStatus),
            ("$previous", SqliteValues.FromDecimal(entry.PreviousValue)),
            ("$current", SqliteValues.FromDecimal(entry.CurrentValue)),
            ("$difference", SqliteValues.FromDecimal(entry.Difference)),
            ("$document", entry.DocumentNumber));
    }

    /// <summary>Returns the entries that match <paramref name="query"/>, newest first.</summary>
    public async Task<IReadOnlyList<SyncLogEntry>> QueryAsync(SyncLogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            $"SELECT {Columns} FROM sync_log WHERE installation_id = $installation " +
            "AND ($area IS NULL OR area = $area) AND ($status IS NULL OR status = $status) " +
            "ORDER BY time DESC, id DESC LIMIT $limit",
            ("$installation", installationId),
            ("$area", query.Area?.ToString()),
            ("$status", query.Status?.ToString()),
            ("$limit", query.Limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var entries = new List<SyncLogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(ReadEntry(reader));
        }

        return entries;
    }

    private static SyncLogEntry ReadEntry(SqliteDataReader reader) =>
        new(Enum.Parse<SyncArea>(reader.GetString(1)), Enum.Parse<SyncStatus>(reader.GetString(2)), reader.GetString(3))
        {
            Time = SqliteValues.ToTime(reader.GetString(0)),
            Reference = reader[4] as string,
            ErrorDetail = reader[5] as string,
            ErrorCode = reader[6] as string,
            LogId = reader[7] as string,
            HttpStatus = reader.IsDBNull(8) ? null : reader.GetInt32(8),
            PreviousValue = SqliteValues.ToDecimalOrNull(reader[9]),
            CurrentValue = SqliteValues.ToDecimalOrNull(reader[10]),
            Difference = SqliteValues.ToDecimalOrNull(reader[11]),
            DocumentNumber = reader[12] as string,
        };
}
