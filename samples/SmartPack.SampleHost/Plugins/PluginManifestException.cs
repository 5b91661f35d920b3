namespace SmartPack.SampleHost.Plugins;

/// <summary>A plugin folder's manifest is missing or invalid. The message names the file and the value, and what to do next.</summary>
internal sealed class PluginManifestException : Exception
{
    public PluginManifestException()
    {
    }

    public PluginManifestException(string message)
        : base(message)
    {
    }

    public PluginManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
