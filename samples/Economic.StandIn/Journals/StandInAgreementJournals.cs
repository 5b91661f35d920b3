using System.Globalization;
using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;

namespace Economic.StandIn;

/// <summary>
/// Control methods for an agreement's bookkeeping: journals, accounts, accounting years, closed
/// periods, and the vouchers posted to a journal.
/// </summary>
public static class StandInAgreementJournals
{
    /// <summary>Stores an account document under its <c>accountNumber</c>, replacing any account with that number.</summary>
    public static void PutAccount(this StandInAgreement agreement, JsonObject account)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(account);
        var number = JsonNumbers.Required(account, "accountNumber");
        var copy = account.DeepClone().AsObject();

        agreement.Write(data => data.Journals.Accounts[number] = copy);
    }

    /// <summary>Bars or unbars an account ("spærret"): a barred account rejects entries with E04041.</summary>
    public static void SetAccountBarred(this StandInAgreement agreement, int accountNumber, bool barred) =>
        ChangeAccount(agreement, accountNumber, account => account["barred"] = barred);

    /// <summary>Sets whether an account rejects entries typed into a journal.</summary>
    public static void SetBlockDirectEntries(this StandInAgreement agreement, int accountNumber, bool block) =>
        ChangeAccount(agreement, accountNumber, account => account["blockDirectEntries"] = block);

    /// <summary>Stores a journal document under its <c>journalNumber</c>.</summary>
    public static void PutJournal(this StandInAgreement agreement, JsonObject journal)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(journal);
        var number = JsonNumbers.Required(journal, "journalNumber");
        var copy = journal.DeepClone().AsObject();

        agreement.Write(data => data.Journals.Journals[number] = copy);
    }

    /// <summary>Removes a journal; returns false when there is none with that number.</summary>
    public static bool RemoveJournal(this StandInAgreement agreement, int journalNumber)
    {
        ArgumentNullException.ThrowIfNull(agreement);

        return agreement.Read(data => data.Journals.Journals.Remove(journalNumber));
    }

    /// <summary>Closes (bars) the month of <paramref name="date"/>: entries dated in it are rejected with "Perioden er spærret.".</summary>
    public static void ClosePeriod(this StandInAgreement agreement, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(agreement);

        agreement.Write(data => data.Journals.ClosedPeriods.Add(date.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
    }

    /// <summary>Opens the month of <paramref name="date"/> again after <see cref="ClosePeriod"/>.</summary>
    public static void OpenPeriod(this StandInAgreement agreement, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(agreement);

        agreement.Write(data => data.Journals.ClosedPeriods.Remove(date.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
    }

    /// <summary>Replaces the accounting years, such as one split year "2026/2027".</summary>
    public static void SetAccountingYears(this StandInAgreement agreement, params StandInAccountingYear[] years)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(years);

        agreement.Write(data =>
        {
            data.Journals.AccountingYears.Clear();
            data.Journals.AccountingYears.AddRange(years.OrderBy(year => year.FromDate));
        });
    }

    /// <summary>Copies of the vouchers entered in a journal, oldest first, as the stand-in stored them.</summary>
    public static IReadOnlyList<JsonObject> Vouchers(this StandInAgreement agreement, int journalNumber)
    {
        ArgumentNullException.ThrowIfNull(agreement);

        return agreement.Read(data => data.Journals.VouchersOf(journalNumber).Select(voucher => voucher.DeepClone().AsObject()).ToList());
    }

    private static void ChangeAccount(StandInAgreement agreement, int accountNumber, Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(agreement);

        agreement.Write(data =>
        {
            var account = data.Journals.Accounts.GetValueOrDefault(accountNumber)
                ?? throw new KeyNotFoundException($"Account {accountNumber} is not in the chart; add it with PutAccount first.");
            change(account);
        });
    }
}
