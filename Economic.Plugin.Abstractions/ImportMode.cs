namespace Economic.Plugin.Abstractions;

/// <summary>How much an import or sync reads.</summary>
public enum ImportMode
{
    /// <summary>Only records changed since the last successful run, as far as the source can filter.</summary>
    Incremental,

    /// <summary>Every record, as a catch-up after a gap.</summary>
    Full,
}
