namespace Economic.Plugin.StockValue.Internal;

/// <summary>How far the posting of one period has come.</summary>
internal enum PeriodClaimStatus
{
    /// <summary>The voucher is being sent, or was sent and its outcome was never recorded.</summary>
    Sending,

    /// <summary>e-conomic created the voucher and its numbers are recorded.</summary>
    Posted,
}
