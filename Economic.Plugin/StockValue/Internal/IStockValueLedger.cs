namespace Economic.Plugin.StockValue.Internal;

/// <summary>The e-conomic reads and writes of stock value posting, with collections read in full.</summary>
internal interface IStockValueLedger
{
    Task<IReadOnlyList<Journal>> GetJournalsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Account>> GetAccountsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<AccountingYear>> GetAccountingYearsAsync(CancellationToken cancellationToken);

    /// <summary>Reads the vouchers still in the journal; booked vouchers have left it.</summary>
    Task<IReadOnlyList<Voucher>> GetJournalVouchersAsync(int journalNumber, CancellationToken cancellationToken);

    /// <summary>Posts a voucher and returns every voucher e-conomic created for it.</summary>
    Task<IReadOnlyList<Voucher>> PostVoucherAsync(
        int journalNumber,
        VoucherDraft voucher,
        string idempotencyKey,
        CancellationToken cancellationToken);
}
