using System.Globalization;
using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.StockValue;

/// <summary>
/// Lists the journals that accept finance vouchers and the accounts that take direct entries, so
/// the admin picks the stock value journal and accounts from e-conomic's own lists.
/// </summary>
internal sealed class StockValueChoicesProvider(EconomicSessionFactory sessionFactory) : ISettingChoicesProvider
{
    public IReadOnlyCollection<string> SettingKeys { get; } =
        [StockValueSettingKeys.JournalNumber, StockValueSettingKeys.DebitAccount, StockValueSettingKeys.CreditAccount];

    public async Task<IReadOnlyList<SettingChoice>> GetChoicesAsync(InstallationContext installation, string settingKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);

        if (!SettingKeys.Contains(settingKey))
        {
            return [];
        }

        using var session = sessionFactory.Create(installation);
        var ledger = new JournalsLedger(session);
        if (settingKey == StockValueSettingKeys.JournalNumber)
        {
            var journals = await ledger.GetJournalsAsync(cancellationToken);
            return journals
                .Where(journal => journal.Settings?.EntryTypeRestrictedTo is null or "financeVoucher")
                .Select(journal => Choice(journal.JournalNumber, journal.Name))
                .ToList();
        }

        var accounts = await ledger.GetAccountsAsync(cancellationToken);
        return accounts
            .Where(account => account.IsPostingAccount && !account.Barred && !account.BlockDirectEntries)
            .Select(account => Choice(account.AccountNumber, account.Name))
            .ToList();
    }

    private static SettingChoice Choice(int number, string? name)
    {
        var value = number.ToString(CultureInfo.InvariantCulture);

        return new SettingChoice(value, name is null ? value : $"{value} {name}");
    }
}
