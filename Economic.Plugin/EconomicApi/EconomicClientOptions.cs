namespace Economic.Plugin.EconomicApi;

/// <summary>Timeouts and retry settings of the e-conomic HTTP client; tests set them to milliseconds.</summary>
internal sealed class EconomicClientOptions
{
    /// <summary>How many times a failed request is sent again after the first attempt.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The base delay of the exponential backoff, before jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait between two attempts, including a server's Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take before it is abandoned and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one request may take across all its attempts and waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The page size used when reading collections; e-conomic allows at most 1000.</summary>
    public int PageSize { get; set; } = 1000;
}
