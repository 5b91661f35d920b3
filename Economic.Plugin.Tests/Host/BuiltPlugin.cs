namespace Economic.Plugin.Tests.Host;

/// <summary>The Economic plugin as the build placed it under the test output (plugins/Economic).</summary>
internal static class BuiltPlugin
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "plugins", "Economic");

    /// <summary>Copies the built plugin into <paramref name="pluginsFolder"/>/<paramref name="folderName"/>.</summary>
    public static string CopyTo(string pluginsFolder, string folderName = "Economic")
    {
        var target = Path.Combine(pluginsFolder, folderName);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Folder))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
