namespace SmartPack.SampleHost.Packing;

/// <summary>The state of a packed event in the host's queue.</summary>
internal enum PackedEventStatus
{
    /// <summary>Waiting for delivery, now or at its next attempt time.</summary>
    Queued,

    /// <summary>The plugin handled it. Kept for the admin's history.</summary>
    Completed,

    /// <summary>The plugin reported a permanent fault. Kept until the admin retries it.</summary>
    Failed,
}
