using Economic.Plugin.EconomicApi;
using Refit;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// The e-conomic endpoints that stock value posting uses: journals ("kassekladder"), the chart of
/// accounts, accounting years and journal vouchers.
/// </summary>
internal interface IJournalsApi
{
    /// <summary>
    /// Reads one page of journals. The list is never filtered on the server, because filters on
    /// journals have failed on e-conomic's newer hosts; callers match the journal number themselves.
    /// </summary>
    [Get("/journals")]
    Task<EconomicCollection<Journal>> GetJournalsAsync(
        [AliasAs("skippages")] int skipPages,
        [AliasAs("pagesize")] int pageSize,
        CancellationToken cancellationToken);

    /// <summary>Reads one page of the chart of accounts.</summary>
    [Get("/accounts")]
    Task<EconomicCollection<Account>> GetAccountsAsync(
        [AliasAs("skippages")] int skipPages,
        [AliasAs("pagesize")] int pageSize,
        CancellationToken cancellationToken);

    /// <summary>Reads one page of accounting years.</summary>
    [Get("/accounting-years")]
    Task<EconomicCollection<AccountingYear>> GetAccountingYearsAsync(
        [AliasAs("skippages")] int skipPages,
        [AliasAs("pagesize")] int pageSize,
        CancellationToken cancellationToken);

    /// <summary>
    /// Creates a voucher in a journal. e-conomic responds 201 with an array of vouchers and may
    /// spread the entries over several of them. A request sent again with the same
    /// <paramref name="idempotencyKey"/> within an hour returns the first result instead of a new voucher.
    /// </summary>
    [Post("/journals/{journalNumber}/vouchers")]
    Task<PostedVouchers> PostVoucherAsync(
        int journalNumber,
        [Body] VoucherDraft voucher,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken);

    /// <summary>Reads one page of the vouchers that are still in a journal (entered, not yet booked).</summary>
    [Get("/journals/{journalNumber}/vouchers")]
    Task<EconomicCollection<Voucher>> GetVouchersAsync(
        int journalNumber,
        [AliasAs("skippages")] int skipPages,
        [AliasAs("pagesize")] int pageSize,
        CancellationToken cancellationToken);
}
