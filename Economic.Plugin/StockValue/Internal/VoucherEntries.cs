namespace Economic.Plugin.StockValue.Internal;

/// <summary>The entries of a voucher, by entry type; only finance vouchers are used here.</summary>
internal sealed record VoucherEntries
{
    public IReadOnlyList<FinanceVoucherEntry>? FinanceVouchers { get; init; }
}
