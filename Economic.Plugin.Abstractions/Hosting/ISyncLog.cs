namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>
/// The installation's sync log: what happened, when, and why it failed. The admin reads it to find
/// a missing order, product, invoice draft or stock-value posting.
/// </summary>
/// <remarks>Entries are shown to people, so they must never contain a token or other secret.</remarks>
public interface ISyncLog
{
    /// <summary>Appends <paramref name="entry"/> to the log.</summary>
    Task WriteAsync(SyncLogEntry entry, CancellationToken cancellationToken);
}
