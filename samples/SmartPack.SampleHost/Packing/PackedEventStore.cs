using System.Globalization;
using System.Text.Json;
using Economic.Plugin.Abstractions.Invoicing;
using Microsoft.Data.Sqlite;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Packing;

/// <summary>
/// The durable queue of packed events in the host's SQLite file. An event survives a restart. Taking
/// a due event pushes its next attempt time out by a lease, so two workers never deliver it at once
/// and an event whose delivery died with the process is delivered again after the lease.
/// </summary>
internal sealed class PackedEventStore(SqliteDatabase database)
{
    private const string Columns = "installation_id, event_id, order_number, warehouse_reference, packed_at, lines, admin_retry, status, attempts, next_attempt_at, last_message";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lazy<Task> _schema = new(() => CreateSchemaAsync(database));

    public async Task EnqueueAsync(string installationId, OrderPackedEvent packedEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        await session.ExecuteAsync(
            """
            INSERT INTO packed_events (installation_id, event_id, order_number, warehouse_reference, packed_at, lines, admin_retry, status, attempts, next_attempt_at)
            VALUES ($installation, $event, $order, $reference, $packedAt, $lines, 0, 'Queued', 0, $now)
            ON CONFLICT (installation_id, event_id) DO NOTHING
            """,
            cancellationToken,
            ("$installation", installationId), ("$event", packedEvent.EventId), ("$order", packedEvent.OrderNumber),
            ("$reference", packedEvent.WarehouseReference), ("$packedAt", Time(packedEvent.PackedAt)),
            ("$lines", JsonSerializer.Serialize(packedEvent.Lines, Json)), ("$now", Time(now)));
    }

    /// <summary>Takes up to <paramref name="maxCount"/> due events, leasing each until <paramref name="leaseUntil"/>.</summary>
    public async Task<IReadOnlyList<QueuedPackedEvent>> TakeDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int maxCount, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        session.BeginTransaction();
        var due = await ReadAsync(
            session,
            $"SELECT {Columns} FROM packed_events WHERE status = 'Queued' AND next_attempt_at <= $now ORDER BY next_attempt_at LIMIT $max",
            cancellationToken,
            ("$now", Time(now)), ("$max", maxCount));
        foreach (var item in due)
        {
            await session.ExecuteAsync(
                "UPDATE packed_events SET next_attempt_at = $lease, attempts = attempts + 1 WHERE installation_id = $installation AND event_id = $event",
                cancellationToken, ("$lease", Time(leaseUntil)), ("$installation", item.InstallationId), ("$event", item.Event.EventId));
        }

        await session.CommitAsync(cancellationToken);
        return due;
    }

    /// <summary>Stores the outcome of a delivery: done, failed, or queued again at <paramref name="nextAttemptAt"/>.</summary>
    public async Task RecordAsync(
        string installationId, string eventId, PackedEventStatus status, DateTimeOffset nextAttemptAt, string message, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        await session.ExecuteAsync(
            """
            UPDATE packed_events SET status = $status, next_attempt_at = $next, last_message = $message, admin_retry = 0
            WHERE installation_id = $installation AND event_id = $event
            """,
            cancellationToken,
            ("$status", status.ToString()), ("$next", Time(nextAttemptAt)), ("$message", message),
            ("$installation", installationId), ("$event", eventId));
    }

    /// <summary>Queues the failed events of an order again, marked as an admin retry. Returns how many.</summary>
    public async Task<int> RetryFailedAsync(string installationId, string orderNumber, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        return await session.ExecuteAsync(
            """
            UPDATE packed_events SET status = 'Queued', admin_retry = 1, next_attempt_at = $now
            WHERE installation_id = $installation AND order_number = $order AND status = 'Failed'
            """,
            cancellationToken, ("$now", Time(now)), ("$installation", installationId), ("$order", orderNumber));
    }

    /// <summary>Lists an installation's events, newest first.</summary>
    public async Task<IReadOnlyList<QueuedPackedEvent>> ListAsync(string installationId, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        return await ReadAsync(
            session,
            $"SELECT {Columns} FROM packed_events WHERE installation_id = $installation ORDER BY packed_at DESC, event_id",
            cancellationToken,
            ("$installation", installationId));
    }

    private async Task<SqliteSession> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        return await database.OpenAsync(cancellationToken);
    }

    private static async Task CreateSchemaAsync(SqliteDatabase database)
    {
        await using var session = await database.OpenAsync(CancellationToken.None);
        await session.ExecuteAsync(
            """
            CREATE TABLE IF NOT EXISTS packed_events (
                installation_id TEXT NOT NULL,
                event_id TEXT NOT NULL,
                order_number TEXT NOT NULL,
                warehouse_reference TEXT NOT NULL,
                packed_at TEXT NOT NULL,
                lines TEXT NOT NULL,
                admin_retry INTEGER NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at TEXT NOT NULL,
                last_message TEXT,
                PRIMARY KEY (installation_id, event_id));
            CREATE INDEX IF NOT EXISTS ix_packed_events_due ON packed_events (status, next_attempt_at);
            """,
            CancellationToken.None);
    }

    private static async Task<IReadOnlyList<QueuedPackedEvent>> ReadAsync(
        SqliteSession session, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = session.CreateCommand(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<QueuedPackedEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(Read(reader));
        }

        return events;
    }

    private static QueuedPackedEvent Read(SqliteDataReader reader)
    {
        var packedEvent = new OrderPackedEvent
        {
            EventId = reader.GetString(1),
            OrderNumber = reader.GetString(2),
            WarehouseReference = reader.GetString(3),
            PackedAt = ParseTime(reader.GetString(4)),
            Lines = JsonSerializer.Deserialize<List<PackedLine>>(reader.GetString(5), Json) ?? [],
            IsAdminRetry = reader.GetInt32(6) == 1,
        };

        return new QueuedPackedEvent(
            reader.GetString(0),
            packedEvent,
            Enum.Parse<PackedEventStatus>(reader.GetString(7)),
            reader.GetInt32(8),
            ParseTime(reader.GetString(9)),
            reader.IsDBNull(10) ? null : reader.GetString(10));
    }

    // Fixed-width UTC text sorts like the instant it stands for, so SQL can compare it.
    private static string Time(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
