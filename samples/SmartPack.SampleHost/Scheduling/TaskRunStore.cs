using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Scheduling;

/// <summary>The task_runs table: last run, last result and next run per (installation, task).</summary>
internal sealed class TaskRunStore(SqliteDatabase database)
{
    /// <summary>Returns the record of a task, creating it with <paramref name="now"/> as its first-seen time when there is none.</summary>
    public async Task<TaskRunRecord> GetOrCreateAsync(string installationId, string taskName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO task_runs (installation_id, task_name, first_seen_at) VALUES ($installation, $task, $now) ON CONFLICT DO NOTHING",
            cancellationToken, ("$installation", installationId), ("$task", taskName), ("$now", SqliteValues.FromTime(now)));

        return (await ReadAsync(connection, installationId, taskName, cancellationToken))[0];
    }

    public async Task<IReadOnlyList<TaskRunRecord>> ListAsync(string installationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, installationId, null, cancellationToken);
    }

    public async Task SaveRunAsync(
        string installationId, string taskName, DateTimeOffset startedAt, TaskRunOutcome outcome, DateTimeOffset? nextRunAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO task_runs (installation_id, task_name, first_seen_at, last_run_at, last_succeeded, last_result, next_run_at) " +
            "VALUES ($installation, $task, $at, $at, $succeeded, $result, $next) ON CONFLICT (installation_id, task_name) DO UPDATE SET " +
            "last_run_at = excluded.last_run_at, last_succeeded = excluded.last_succeeded, last_result = excluded.last_result, next_run_at = excluded.next_run_at",
            cancellationToken, ("$installation", installationId), ("$task", taskName), ("$at", SqliteValues.FromTime(startedAt)),
            ("$succeeded", outcome.Succeeded), ("$result", outcome.Message), ("$next", NextRunText(nextRunAt)));
    }

    public async Task SetNextRunAsync(string installationId, string taskName, DateTimeOffset? nextRunAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE task_runs SET next_run_at = $next WHERE installation_id = $installation AND task_name = $task",
            cancellationToken, ("$installation", installationId), ("$task", taskName), ("$next", NextRunText(nextRunAt)));
    }

    private static string? NextRunText(DateTimeOffset? nextRunAt) => nextRunAt is { } next ? SqliteValues.FromTime(next) : null;

    private static async Task<IReadOnlyList<TaskRunRecord>> ReadAsync(
        SqliteSession connection, string installationId, string? taskName, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            "SELECT task_name, first_seen_at, last_run_at, last_succeeded, last_result, next_run_at FROM task_runs " +
            "WHERE installation_id = $installation AND ($task IS NULL OR task_name = $task) ORDER BY task_name",
            ("$installation", installationId), ("$task", taskName));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var records = new List<TaskRunRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new TaskRunRecord(
                installationId,
                reader.GetString(0),
                SqliteValues.ToTime(reader.GetString(1)),
                SqliteValues.ToTimeOrNull(reader[2]),
                reader.IsDBNull(3) ? null : reader.GetBoolean(3),
                reader[4] as string,
                SqliteValues.ToTimeOrNull(reader[5])));
        }

        return records;
    }
}
