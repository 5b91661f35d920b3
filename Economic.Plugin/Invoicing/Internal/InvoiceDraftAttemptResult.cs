namespace Economic.Plugin.Invoicing.Internal;

/// <summary>What one attempt to create an order's invoice draft did.</summary>
/// <param name="Kind">The outcome.</param>
internal sealed record InvoiceDraftAttemptResult(InvoiceDraftAttemptKind Kind)
{
    /// <summary>The draft created, or the draft or booked invoice found by the warehouse reference.</summary>
    public int? InvoiceNumber { get; init; }

    /// <summary>The draft that was built, when the attempt got that far.</summary>
    public DraftBuild? Build { get; init; }

    /// <summary>The gross total e-conomic computed for a created draft.</summary>
    public decimal? GrossAmount { get; init; }

    /// <summary>Why the attempt failed, for <see cref="InvoiceDraftAttemptKind.Failed"/>.</summary>
    public InvoiceDraftFailure? Failure { get; init; }
}
