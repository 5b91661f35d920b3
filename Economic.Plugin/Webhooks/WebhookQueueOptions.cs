namespace Economic.Plugin.Webhooks;

/// <summary>How the webhook queue is drained; tests shorten the delays to milliseconds.</summary>
internal sealed class WebhookQueueOptions
{
    /// <summary>
    /// The waits before a record that was not found is read again. A record counts as deleted after
    /// one more re-read than there are delays: the defaults give three reads over about a minute, because
    /// e-conomic may send a webhook before the record is readable.
    /// </summary>
    public IReadOnlyList<TimeSpan> NotFoundRetryDelays { get; set; } = [TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40)];

    /// <summary>The wait before a record whose re-read failed (such as an e-conomic outage) is tried again.</summary>
    public TimeSpan FailureRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The time between two runs of the queue task.</summary>
    public TimeSpan RunInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often one run lists the queue again to pick up calls that arrived while it worked.</summary>
    public int MaxPassesPerRun { get; set; } = 5;

    /// <summary>The pause between two checks while a call waits for the queue to finish removing its entry.</summary>
    public TimeSpan RemovalPollInterval { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>How many checks a call waits before it takes over an entry whose removal never finished.</summary>
    public int RemovalPollAttempts { get; set; } = 200;

    /// <summary>The age after which a run deletes an entry whose removal never finished.</summary>
    public TimeSpan StaleRemovalAge { get; set; } = TimeSpan.FromMinutes(5);
}
