using Economic.Plugin.Abstractions;

namespace Economic.Plugin.Products.Internal;

/// <summary>The running counts of one product sync.</summary>
internal sealed class ProductSyncCounters
{
    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Skipped { get; set; }

    public int Failed { get; set; }

    public ImportResult ToResult(int apiCalls, string? error) => new()
    {
        Inserted = Inserted,
        Updated = Updated,
        Skipped = Skipped,
        Failed = Failed,
        ApiCalls = apiCalls,
        Error = error,
    };
}
