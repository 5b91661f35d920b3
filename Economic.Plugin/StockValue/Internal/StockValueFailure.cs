namespace Economic.Plugin.StockValue.Internal;

/// <summary>Why a stock value run failed, in words for the admin, with e-conomic's own details.</summary>
/// <param name="Message">A whole sentence: what failed, on which value, and what to do.</param>
internal sealed record StockValueFailure(string Message)
{
    /// <summary>e-conomic's message and validation errors, where it sent them.</summary>
    public string? Detail { get; init; }

    public string? ErrorCode { get; init; }

    public string? LogId { get; init; }

    public int? HttpStatus { get; init; }

    /// <summary>
    /// True when the voucher may have been created although the call failed (a timeout, a lost
    /// connection, a server error), so the claim must stay until a later run checks the journal.
    /// </summary>
    public bool OutcomeUnknown { get; init; }
}
