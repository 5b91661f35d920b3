namespace SmartPack.SampleHost.Plugins;

/// <summary>A plugin folder's manifest is missing or invalid; the message says which file, which value and what to do.</summary>
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
