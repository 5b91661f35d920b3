using Economic.Plugin.Abstractions;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin;

/// <summary>Chooses the log level of an import or sync run's summary.</summary>
internal static class RunLogLevel
{
    /// <summary>
    /// Returns Information when the run changed or failed something, and Debug for an idle run, so a
    /// healthy host that polls every few minutes writes nothing at Information.
    /// </summary>
    public static LogLevel For(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);

        return result.Inserted + result.Updated + result.Failed > 0 ? LogLevel.Information : LogLevel.Debug;
    }
}
