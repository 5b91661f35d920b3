using Economic.Plugin.Abstractions;

namespace Economic.Plugin;

/// <summary>The running counts of one order import or product sync.</summary>
internal sealed class ImportCounters
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
