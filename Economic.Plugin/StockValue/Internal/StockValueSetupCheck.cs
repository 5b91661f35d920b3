using System.Globalization;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// Checks that the journal exists and takes finance vouchers, and that both accounts exist, can
/// take entries, are not barred and accept direct entries. Runs before the settings are saved and
/// before every posting, and names the setting that is wrong.
/// </summary>
internal static class StockValueSetupCheck
{
    private const string FinanceVoucherType = "financeVoucher";

    /// <summary>Returns every problem found, or an empty list.</summary>
    public static IReadOnlyList<SettingError> Check(
        StockValueTarget target,
        IReadOnlyList<Journal> journals,
        IReadOnlyList<Account> accounts)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(journals);
        ArgumentNullException.ThrowIfNull(accounts);

        var errors = new List<SettingError>();
        CheckJournal(target.JournalNumber, journals, errors);
        CheckAccount(StockValueSettingKeys.DebitAccount, "Debit account", target.DebitAccountNumber, accounts, errors);
        CheckAccount(StockValueSettingKeys.CreditAccount, "Credit account", target.CreditAccountNumber, accounts, errors);
        if (target.DebitAccountNumber == target.CreditAccountNumber)
        {
            errors.Add(new SettingError(
                StockValueSettingKeys.CreditAccount,
                $"The debit and credit accounts are both {target.DebitAccountNumber}. Choose two different accounts."));
        }

        return errors;
    }

    private static void CheckJournal(int journalNumber, IReadOnlyList<Journal> journals, List<SettingError> errors)
    {
        var journal = journals.FirstOrDefault(candidate => candidate.JournalNumber == journalNumber);
        if (journal is null)
        {
            var known = journals.Count == 0
                ? "The agreement has no journals; create one in e-conomic first."
                : "Choose one of: " + string.Join(", ", journals.Select(Describe)) + ".";
            errors.Add(new SettingError(StockValueSettingKeys.JournalNumber, $"Journal {journalNumber} was not found in e-conomic. {known}"));
            return;
        }

        var restriction = journal.Settings?.EntryTypeRestrictedTo;
        if (restriction is not null && !string.Equals(restriction, FinanceVoucherType, StringComparison.Ordinal))
        {
            errors.Add(new SettingError(
                StockValueSettingKeys.JournalNumber,
                $"Journal {Describe(journal)} accepts only {restriction} entries, so it cannot hold a finance voucher. Choose a journal that accepts finance vouchers."));
        }
    }

    private static void CheckAccount(string key, string role, int accountNumber, IReadOnlyList<Account> accounts, List<SettingError> errors)
    {
        var account = accounts.FirstOrDefault(candidate => candidate.AccountNumber == accountNumber);
        var problem = account switch
        {
            null => $"{role} {accountNumber} was not found in e-conomic's chart of accounts. Create it in e-conomic or choose another account.",
            { IsPostingAccount: false } => $"{role} {Describe(account)} is a {account.AccountType} account, which cannot take entries. Choose a profit-and-loss or balance sheet (status) account.",
            { Barred: true } => $"{role} {Describe(account)} is barred (spærret) in e-conomic. Lift the bar in e-conomic or choose another account.",
            { BlockDirectEntries: true } => $"{role} {Describe(account)} does not accept direct entries. Allow direct entries on the account in e-conomic or choose another account.",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(new SettingError(key, problem));
        }
    }

    private static string Describe(Journal journal) =>
        journal.Name is null
            ? journal.JournalNumber.ToString(CultureInfo.InvariantCulture)
            : $"{journal.JournalNumber} ({journal.Name})";

    private static string Describe(Account account) =>
        account.Name is null
            ? account.AccountNumber.ToString(CultureInfo.InvariantCulture)
            : $"{account.AccountNumber} ({account.Name})";
}
