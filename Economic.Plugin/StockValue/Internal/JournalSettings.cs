namespace Economic.Plugin.StockValue.Internal;

/// <summary>The settings block of a journal.</summary>
internal sealed record JournalSettings
{
    /// <summary>
    /// The only entry type the journal accepts, such as "customerPayment"; null when the journal
    /// accepts every type. A finance voucher needs null or "financeVoucher".
    /// </summary>
    public string? EntryTypeRestrictedTo { get; init; }
}
