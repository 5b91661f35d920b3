namespace Economic.Plugin.Abstractions;

/// <summary>The counts of one import or sync run, shown to the admin and printed by the sample host.</summary>
public sealed record ImportResult
{
    /// <summary>New records stored in the warehouse.</summary>
    public int Inserted { get; init; }

    /// <summary>Existing records changed.</summary>
    public int Updated { get; init; }

    /// <summary>Records read but left as they were: unchanged content, or a conflict with warehouse work.</summary>
    public int Skipped { get; init; }

    /// <summary>Records that could not be read or applied; each has a sync log entry.</summary>
    public int Failed { get; init; }

    /// <summary>HTTP requests sent to e-conomic during the run, retries included.</summary>
    public int ApiCalls { get; init; }

    /// <summary>Why the whole run stopped, such as a rejected token; null when it ran to the end.</summary>
    public string? Error { get; init; }
}
