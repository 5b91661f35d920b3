namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>What a change to warehouse data did.</summary>
public enum ChangeResult
{
    /// <summary>A new record was stored.</summary>
    Inserted,

    /// <summary>An existing record was changed.</summary>
    Updated,

    /// <summary>The record already had this content; nothing was written.</summary>
    Unchanged,

    /// <summary>The record was deleted.</summary>
    Deleted,

    /// <summary>The record moved to its new number.</summary>
    Renumbered,

    /// <summary>There is no such record.</summary>
    NotFound,

    /// <summary>The change was not made because warehouse work has started on the record, or the
    /// target number is taken. The record is unchanged.</summary>
    Conflict,
}
