using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Admin.Auth;

/// <summary>
/// The file that contains the PBKDF2 hash of the admin password set on the setup page. The file is
/// created once and never overwritten, so two setup requests at the same time cannot both win. It
/// sits beside the SQLite file and the Data Protection key ring.
/// </summary>
internal sealed class AdminPasswordFile(SqliteDatabase database)
{
    private const string FileName = "admin-password.hash";

    private string FilePath => Path.Combine(Path.GetDirectoryName(database.DatabasePath)!, FileName);

    /// <summary>Reads the stored hash, or returns null when no password has been set up.</summary>
    public async Task<string?> ReadHashAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        var hash = await File.ReadAllTextAsync(FilePath, cancellationToken);
        return string.IsNullOrWhiteSpace(hash) ? null : hash.Trim();
    }

    /// <summary>Stores <paramref name="hash"/> unless a hash is stored already.</summary>
    /// <returns>True when this call stored the hash.</returns>
    public async Task<bool> TryCreateAsync(string hash, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        try
        {
            await using var stream = new FileStream(FilePath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using var writer = new StreamWriter(stream);
            await writer.WriteAsync(hash.AsMemory(), cancellationToken);
            return true;
        }
        catch (IOException) when (File.Exists(FilePath))
        {
            return false;
        }
    }
}
