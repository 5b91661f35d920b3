using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>Reads and writes through <see cref="IJournalsApi"/> in one session, reading every page of a collection.</summary>
internal sealed class JournalsLedger : IStockValueLedger
{
    private readonly EconomicSession _session;
    private readonly IJournalsApi _api;

    public JournalsLedger(EconomicSession session)
    {
        ArgumentNullException.ThrowIfNull(session);

        _session = session;
        _api = session.Api<IJournalsApi>();
    }

    public Task<IReadOnlyList<Journal>> GetJournalsAsync(CancellationToken cancellationToken) =>
        ReadAllAsync(_api.GetJournalsAsync, journal => journal.JournalNumber, cancellationToken);

    public Task<IReadOnlyList<Account>> GetAccountsAsync(CancellationToken cancellationToken) =>
        ReadAllAsync(_api.GetAccountsAsync, account => account.AccountNumber, cancellationToken);

    public Task<IReadOnlyList<AccountingYear>> GetAccountingYearsAsync(CancellationToken cancellationToken) =>
        ReadAllAsync(_api.GetAccountingYearsAsync, year => year.Year, cancellationToken);

    public Task<IReadOnlyList<Voucher>> GetJournalVouchersAsync(int journalNumber, CancellationToken cancellationToken) =>
        ReadAllAsync(
            (skipPages, pageSize, token) => _api.GetVouchersAsync(journalNumber, skipPages, pageSize, token),
            voucher => (voucher.AccountingYear?.Year, voucher.VoucherNumber),
            cancellationToken);

    public async Task<IReadOnlyList<Voucher>> PostVoucherAsync(
        int journalNumber,
        VoucherDraft voucher,
        string idempotencyKey,
        CancellationToken cancellationToken)
    {
        var posted = await _api.PostVoucherAsync(journalNumber, voucher, idempotencyKey, cancellationToken);

        return posted.Vouchers;
    }

    private async Task<IReadOnlyList<T>> ReadAllAsync<T, TKey>(
        Func<int, int, CancellationToken, Task<EconomicCollection<T>>> readPageAsync,
        Func<T, TKey> keyOf,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        var items = new List<T>();
        await foreach (var item in _session.ReadAllAsync(readPageAsync, keyOf, cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }
}
