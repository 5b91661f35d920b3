namespace SmartPack.SampleHost.Plugins;

/// <summary>A plugin folder the host could not load, with the reason shown to the admin.</summary>
/// <param name="Folder">The plugin folder.</param>
/// <param name="Reason">What is wrong and what to do, as whole sentences.</param>
internal sealed record UnavailablePlugin(string Folder, string Reason)
{
    public string Name => Path.GetFileName(Folder);
}
