namespace Economic.Plugin.Invoicing;

/// <summary>Timing of invoice draft creation. Tests set the durations to milliseconds.</summary>
internal sealed class InvoicingOptions
{
    /// <summary>
    /// How long a handler owns an order after claiming it. It must exceed the e-conomic client's total
    /// request timeout, so a slow request is not overtaken by a second handler. After a crash the
    /// order is handled again once the lease has ended.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first delay before a transient failure is retried. It doubles with each attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay between two attempts after transient failures.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);
}
