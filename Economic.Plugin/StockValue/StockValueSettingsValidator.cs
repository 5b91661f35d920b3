using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.StockValue.Internal;
using Polly.Timeout;

namespace Economic.Plugin.StockValue;

/// <summary>
/// Checks the stock value settings before the host saves them: the values themselves, then the
/// journal and both accounts against e-conomic. Reads only, and only when posting is switched on.
/// </summary>
internal sealed class StockValueSettingsValidator(EconomicSessionFactory sessionFactory) : ISettingsValidator
{
    private static readonly string[] KeysInMessageOrder =
    [
        StockValueSettingKeys.JournalNumber,
        StockValueSettingKeys.DebitAccount,
        StockValueSettingKeys.CreditAccount,
        StockValueSettingKeys.Frequency,
        StockValueSettingKeys.Weekday,
        StockValueSettingKeys.DayOfPeriod,
        StockValueSettingKeys.Enabled,
    ];

    public async Task<IReadOnlyList<SettingError>> ValidateAsync(InstallationContext installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);

        if (!StockValueSettings.TryRead(installation.Settings, out var settings, out var problems))
        {
            return problems.Select(problem => new SettingError(KeyNamedIn(problem), problem)).ToList();
        }

        if (!settings.Enabled || settings.JournalNumber is not { } journalNumber)
        {
            return [];
        }

        var target = new StockValueTarget(journalNumber, settings.DebitAccount, settings.CreditAccount);
        try
        {
            using var session = sessionFactory.Create(installation);
            var ledger = new JournalsLedger(session);
            var journals = await ledger.GetJournalsAsync(cancellationToken);
            var accounts = await ledger.GetAccountsAsync(cancellationToken);

            return StockValueSetupCheck.Check(target, journals, accounts);
        }
        catch (Exception exception) when (exception is EconomicSettingsException or EconomicApiException or HttpRequestException or TimeoutRejectedException)
        {
            var message = $"The journal and accounts could not be checked, because reading them from e-conomic failed. {exception.Message}";
            return [new SettingError(StockValueSettingKeys.JournalNumber, message)];
        }
    }

    // The settings reader names the key in each problem sentence, such as "The setting stockValueFrequency is ...".
    private static string KeyNamedIn(string problem) =>
        KeysInMessageOrder.FirstOrDefault(key => problem.Contains(key, StringComparison.Ordinal)) ?? StockValueSettingKeys.Enabled;
}
