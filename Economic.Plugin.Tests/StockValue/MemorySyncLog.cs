using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Tests.StockValue;

/// <summary>A sync log in memory.</summary>
internal sealed class MemorySyncLog : ISyncLog
{
    public List<SyncLogEntry> Entries { get; } = [];

    public Task WriteAsync(SyncLogEntry entry, CancellationToken cancellationToken)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }
}
