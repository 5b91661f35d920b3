using System.Globalization;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// The checks before a voucher is sent: the settings against e-conomic's journals and accounts,
/// and an open accounting year that contains the voucher date.
/// </summary>
internal static class StockValuePreflight
{
    /// <summary>Returns the voucher context with the accounting year's name.</summary>
    /// <exception cref="StockValueFailureException">A check failed; the message names what is wrong.</exception>
    public static async Task<VoucherContext> CheckAsync(StockValueRun run, IStockValueLedger ledger, CancellationToken cancellationToken)
    {
        var journals = await ledger.GetJournalsAsync(cancellationToken);
        var accounts = await ledger.GetAccountsAsync(cancellationToken);
        var errors = StockValueSetupCheck.Check(run.Target, journals, accounts);
        if (errors.Count > 0)
        {
            var reasons = string.Join(" ", errors.Select(error => error.Message));
            throw Fail($"The stock value for period {run.PeriodKey} was not posted. {reasons}");
        }

        var years = await ledger.GetAccountingYearsAsync(cancellationToken);
        var year = AccountingYears.Find(years, run.PostingDate);
        var date = run.PostingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (year is null)
        {
            throw Fail($"No accounting year in e-conomic contains the voucher date {date}, so the stock value for period {run.PeriodKey} was not posted. Create accounting year {run.PostingDate.Year} in e-conomic, then press sync now.");
        }

        if (year.Closed)
        {
            throw Fail($"Accounting year {year.Year} is closed in e-conomic, so the stock value for period {run.PeriodKey} dated {date} was not posted. Reopen the year in e-conomic, then press sync now.");
        }

        return new VoucherContext(run.Target, run.PeriodKey, run.PostingDate, year.Year);
    }

    private static StockValueFailureException Fail(string message) => new(new StockValueFailure(message));
}
