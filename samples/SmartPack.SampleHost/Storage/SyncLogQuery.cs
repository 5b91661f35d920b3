using Economic.Plugin.Abstractions.Hosting;

namespace SmartPack.SampleHost.Storage;

/// <summary>A filter for reading the sync log, newest entries first.</summary>
internal sealed record SyncLogQuery
{
    public SyncArea? Area { get; init; }

    public SyncStatus? Status { get; init; }

    public int Limit { get; init; } = 100;
}
