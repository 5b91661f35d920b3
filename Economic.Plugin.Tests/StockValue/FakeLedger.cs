using System.Net;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.Tests.StockValue;

/// <summary>An in-memory e-conomic journal for unit tests: stores posted vouchers and can fail a post on request.</summary>
internal sealed class FakeLedger : IStockValueLedger
{
    private int _nextVoucherNumber = 812;

    public List<Journal> Journals { get; } = [new() { JournalNumber = 3, Name = "Lagerværdi" }];

    public List<Account> Accounts { get; } =
    [
        new() { AccountNumber = 5520, AccountType = "status", Name = "Varelager" },
        new() { AccountNumber = 1355, AccountType = "profitAndLoss", Name = "Lagerregulering" },
    ];

    public List<AccountingYear> Years { get; } = [new() { Year = "2026", FromDate = new(2026, 1, 1), ToDate = new(2026, 12, 31) }];

    public List<Voucher> Posted { get; } = [];

    public List<string> IdempotencyKeys { get; } = [];

    /// <summary>Thrown by the next post, before (<see cref="FailAfterStore"/> false) or after storing the voucher.</summary>
    public Exception? NextPostFailure { get; set; }

    public bool FailAfterStore { get; set; }

    /// <summary>How many vouchers e-conomic splits one post into.</summary>
    public int SplitInto { get; set; } = 1;

    public Task<IReadOnlyList<Journal>> GetJournalsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Journal>>(Journals);

    public Task<IReadOnlyList<Account>> GetAccountsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Account>>(Accounts);

    public Task<IReadOnlyList<AccountingYear>> GetAccountingYearsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AccountingYear>>(Years);

    public Task<IReadOnlyList<Voucher>> GetJournalVouchersAsync(int journalNumber, CancellationToken cancellationToken)
    {
        if (Journals.All(journal => journal.JournalNumber != journalNumber))
        {
            throw new EconomicApiException(HttpStatusCode.NotFound, "GET", $"/journals/{journalNumber}/vouchers", new EconomicErrorBody { Message = "Not found." });
        }

        return Task.FromResult<IReadOnlyList<Voucher>>(Posted.Where(voucher => voucher.Journal?.JournalNumber == journalNumber).ToList());
    }

    public Task<IReadOnlyList<Voucher>> PostVoucherAsync(int journalNumber, VoucherDraft voucher, string idempotencyKey, CancellationToken cancellationToken)
    {
        IdempotencyKeys.Add(idempotencyKey);
        var failure = NextPostFailure;
        NextPostFailure = null;
        if (failure is not null && !FailAfterStore)
        {
            throw failure;
        }

        var created = Enumerable.Range(0, SplitInto)
            .Select(index => new Voucher
            {
                VoucherNumber = _nextVoucherNumber++,
                AccountingYear = voucher.AccountingYear,
                Journal = voucher.Journal,
                Entries = index == 0 ? voucher.Entries : new VoucherEntries { FinanceVouchers = [] },
            })
            .ToList();
        Posted.AddRange(created);

        return failure is null ? Task.FromResult<IReadOnlyList<Voucher>>(created) : throw failure;
    }
}
