using Microsoft.Data.Sqlite;

namespace SmartPack.SampleHost.Storage;

/// <summary>
/// An open connection with at most one transaction. Every command it creates joins that transaction,
/// and disposing the session rolls back a transaction that was not committed.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : IAsyncDisposable
{
    private SqliteTransaction? _transaction;

    /// <summary>Starts an immediate transaction: it takes the write lock at once, so a read-then-write inside it cannot race another writer.</summary>
    public void BeginTransaction() => _transaction = connection.BeginTransaction(deferred: false);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("No transaction is open on this session.");
        }

        await _transaction.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    /// <summary>Creates a command with named parameters; a null value is stored as SQL NULL.</summary>
    public SqliteCommand CreateCommand(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = CreateCommand(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = CreateCommand(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await connection.DisposeAsync();
    }
}
