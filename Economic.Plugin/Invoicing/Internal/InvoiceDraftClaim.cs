namespace Economic.Plugin.Invoicing.Internal;

/// <summary>The result of claiming an order's invoice draft.</summary>
/// <param name="Kind">Whether this handler may send the draft.</param>
/// <param name="Record">The record as it is stored now.</param>
/// <param name="StoredValue">The stored JSON of <paramref name="Record"/>, for compare-and-swap updates.</param>
internal sealed record InvoiceDraftClaim(InvoiceDraftClaimKind Kind, InvoiceDraftRecord Record, string StoredValue)
{
    /// <summary>True when an earlier attempt may have sent the draft, so it must be looked up before sending.</summary>
    public bool MayHaveSent { get; init; }

    /// <summary>For <see cref="InvoiceDraftClaimKind.Busy"/>: when the other handler's lease ends.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
