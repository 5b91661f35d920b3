namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>The outcome recorded by a sync log entry.</summary>
public enum SyncStatus
{
    /// <summary>The work was done.</summary>
    Success,

    /// <summary>Routine information, such as "first run recorded the starting value".</summary>
    Information,

    /// <summary>Done in part, or skipped for a reason a person should see (a conflict, an unknown country).</summary>
    Warning,

    /// <summary>The work failed.</summary>
    Error,
}
