using Microsoft.Data.Sqlite;

namespace Economic.Plugin.Tests.Host;

/// <summary>A temporary folder for one test, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("smartpack-host-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        // Pooled connections keep the database file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
