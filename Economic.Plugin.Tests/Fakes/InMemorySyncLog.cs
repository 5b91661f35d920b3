using System.Collections.Concurrent;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Tests.Fakes;

/// <summary>An <see cref="ISyncLog"/> that keeps the entries in memory, in order.</summary>
public sealed class InMemorySyncLog : ISyncLog
{
    private readonly ConcurrentQueue<SyncLogEntry> _entries = new();

    public IReadOnlyList<SyncLogEntry> Entries => _entries.ToList();

    public Task WriteAsync(SyncLogEntry entry, CancellationToken cancellationToken)
    {
        _entries.Enqueue(entry);
        return Task.CompletedTask;
    }
}
