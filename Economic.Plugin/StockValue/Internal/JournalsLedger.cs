using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>Reads and writes through <see cref="IJournalsApi"/>, reading every page of a collection.</summary>
internal sealed class JournalsLedger : IStockValueLedger
{
    // e-conomic rejects page sizes above 1000.
    private const int PageSize = 1000;

    private readonly IJournalsApi _api;

    public JournalsLedger(IJournalsApi api)
    {
        ArgumentNullException.ThrowIfNull(api);

        _api = api;
    }

    public Task<IReadOnlyList<Journal>> GetJournalsAsync(CancellationToken cancellationToken) =>
        ReadAllAsync((skip, token) => _api.GetJournalsAsync(skip, PageSize, token), cancellationToken);

    public Task<IReadOnlyList<Account>> GetAccountsAsync(CancellationToken cancellationToken) =>
        ReadAllAsync((skip, token) => _api.GetAccountsAsync(skip, PageSize, token), cancellationToken);

    public Task<IReadOnlyList<AccountingYear>> GetAccountingYearsAsync(CancellationToken cancellationToken) =>
        ReadAllAsync((skip, token) => _api.GetAccountingYearsAsync(skip, PageSize, token), cancellationToken);

    public Task<IReadOnlyList<Voucher>> GetJournalVouchersAsync(int journalNumber, CancellationToken cancellationToken) =>
        ReadAllAsync((skip, token) => _api.GetVouchersAsync(journalNumber, skip, PageSize, token), cancellationToken);

    public async Task<IReadOnlyList<Voucher>> PostVoucherAsync(
        int journalNumber,
        VoucherDraft voucher,
        string idempotencyKey,
        CancellationToken cancellationToken)
    {
        var posted = await _api.PostVoucherAsync(journalNumber, voucher, idempotencyKey, cancellationToken);

        return posted.Vouchers;
    }

    // Stops on an empty page or once the count reaches "results": a page past the end is empty, not an error.
    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(
        Func<int, CancellationToken, Task<EconomicCollection<T>>> readPage,
        CancellationToken cancellationToken)
    {
        var items = new List<T>();
        for (var skipPages = 0; ; skipPages++)
        {
            var page = await readPage(skipPages, cancellationToken);
            var pageItems = page.Collection ?? [];
            items.AddRange(pageItems);

            var total = page.Pagination?.Results;
            if (pageItems.Count == 0 || (total is not null && items.Count >= total) || page.Pagination?.NextPage is null && total is null)
            {
                return items;
            }
        }
    }
}
