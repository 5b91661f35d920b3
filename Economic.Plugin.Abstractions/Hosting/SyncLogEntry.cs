namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>
/// One entry of the sync log. The host stamps the time when it stores the entry unless
/// <see cref="Time"/> is set.
/// </summary>
/// <param name="Area">The feature the entry belongs to.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Message">A whole sentence for the admin: what happened and, for a failure, what to do.</param>
public sealed record SyncLogEntry(SyncArea Area, SyncStatus Status, string Message)
{
    /// <summary>When it happened; null lets the host use its clock.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The order number, product number or other key the entry is about.</summary>
    public string? Reference { get; init; }

    /// <summary>The full error text, including e-conomic's own message, where there is one.</summary>
    public string? ErrorDetail { get; init; }

    /// <summary>e-conomic's error code, such as "E06600".</summary>
    public string? ErrorCode { get; init; }

    /// <summary>e-conomic's log id, which e-conomic support asks for.</summary>
    public string? LogId { get; init; }

    /// <summary>The HTTP status of the failed e-conomic call.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The stock value at the previous posting (stock value entries only).</summary>
    public decimal? PreviousValue { get; init; }

    /// <summary>The stock value now (stock value entries only).</summary>
    public decimal? CurrentValue { get; init; }

    /// <summary>The posted difference (stock value entries only).</summary>
    public decimal? Difference { get; init; }

    /// <summary>The number of the e-conomic document created: draft invoice or voucher number.</summary>
    public string? DocumentNumber { get; init; }
}
