namespace Economic.Plugin.Abstractions.Invoicing;

/// <summary>The next step for a packed event.</summary>
public enum PackedEventDisposition
{
    /// <summary>Handled (or nothing to do, such as the feature being off); remove it from the queue.</summary>
    Completed,

    /// <summary>A transient fault; deliver the event again later.</summary>
    RetryLater,

    /// <summary>A permanent fault a person must fix; keep the event so the admin can retry it.</summary>
    Failed,
}
