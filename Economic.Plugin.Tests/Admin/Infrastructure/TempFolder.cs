namespace Economic.Plugin.Tests.Admin.Infrastructure;

/// <summary>A folder under the temp folder that is deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("admin-test-").FullName;

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a stopping server is left for the OS to clean.
        }
    }
}
