namespace Economic.Plugin.StockValue.Internal;

/// <summary>A voucher as e-conomic returns it; together, its year and number identify it.</summary>
internal sealed record Voucher
{
    public int VoucherNumber { get; init; }

    public AccountingYearReference? AccountingYear { get; init; }

    public JournalReference? Journal { get; init; }

    public VoucherEntries? Entries { get; init; }

    /// <summary>The finance voucher entries, or an empty list.</summary>
    public IReadOnlyList<FinanceVoucherEntry> FinanceVouchers => Entries?.FinanceVouchers ?? [];
}
