using Microsoft.Data.Sqlite;

namespace SmartPack.SampleHost.Storage;

/// <summary>The host's SQLite file. The schema is created on first use, and the file runs in WAL mode, so readers do not block the writer.</summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lazy<bool> _schema;

    public SqliteDatabase(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);

        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<bool>(CreateSchema, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string DatabasePath { get; }

    /// <summary>The folder of the Data Protection key ring, beside the database file.</summary>
    public string KeysFolder => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "keys");

    /// <summary>Creates the folder, the file and the tables when they are missing.</summary>
    public void EnsureCreated() => _ = _schema.Value;

    public async Task<SqliteSession> OpenAsync(CancellationToken cancellationToken)
    {
        EnsureCreated();

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return new SqliteSession(connection);
    }

    private bool CreateSchema()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);

        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;" + SqliteSchema.Create;
        command.ExecuteNonQuery();

        return true;
    }
}
