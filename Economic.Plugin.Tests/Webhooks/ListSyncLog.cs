using System.Collections.Concurrent;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Tests.Webhooks;

internal sealed class ListSyncLog : ISyncLog
{
    public ConcurrentQueue<SyncLogEntry> Entries { get; } = new();

    public Task WriteAsync(SyncLogEntry entry, CancellationToken cancellationToken)
    {
        Entries.Enqueue(entry);
        return Task.CompletedTask;
    }
}
