using System.Globalization;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// Reads the stock value settings one key at a time and collects every problem, so one save shows
/// the admin all of them.
/// </summary>
internal sealed class StockValueSettingsReader(PluginSettings source)
{
    private static readonly SettingChoice<StockValueFrequency>[] Frequencies =
    [
        new("daily", StockValueFrequency.Daily),
        new("weekly", StockValueFrequency.Weekly),
        new("monthly", StockValueFrequency.Monthly),
        new("quarterly", StockValueFrequency.Quarterly),
        new("halfYearly", StockValueFrequency.HalfYearly),
        new("yearly", StockValueFrequency.Yearly),
    ];

    private static readonly SettingChoice<DayOfWeek>[] Weekdays =
    [
        new("monday", DayOfWeek.Monday),
        new("sunday", DayOfWeek.Sunday),
    ];

    private static readonly SettingChoice<StockValueDayOfPeriod>[] DaysOfPeriod =
    [
        new("first", StockValueDayOfPeriod.First),
        new("last", StockValueDayOfPeriod.Last),
    ];

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Returns the settings, or null when <see cref="Problems"/> lists at least one problem.</summary>
    public StockValueSettings? Read()
    {
        var enabled = ReadBoolean(StockValueSettingKeys.Enabled, defaultValue: false);
        var journal = ReadNumber(StockValueSettingKeys.JournalNumber, "journal number", defaultValue: null);
        var debit = ReadNumber(StockValueSettingKeys.DebitAccount, "account number", StockValueSettings.DefaultDebitAccount);
        var credit = ReadNumber(StockValueSettingKeys.CreditAccount, "account number", StockValueSettings.DefaultCreditAccount);
        var frequency = ReadChoice(StockValueSettingKeys.Frequency, "frequency", Frequencies, StockValueFrequency.Monthly);
        var weekday = ReadChoice(StockValueSettingKeys.Weekday, "weekday", Weekdays, DayOfWeek.Monday);
        var dayOfPeriod = ReadChoice(StockValueSettingKeys.DayOfPeriod, "day of the period", DaysOfPeriod, StockValueDayOfPeriod.Last);

        RequireJournalWhenEnabled(enabled, journal);
        RequireDifferentAccounts(debit, credit);

        return _problems.Count == 0
            ? new StockValueSettings(enabled, journal, debit!.Value, credit!.Value, frequency, weekday, dayOfPeriod)
            : null;
    }

    private bool ReadBoolean(string key, bool defaultValue)
    {
        var text = source.GetString(key)?.Trim();
        if (text is null)
        {
            return defaultValue;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        _problems.Add($"The setting {key} is '{text}', which is not a boolean. Use true or false.");
        return defaultValue;
    }

    private int? ReadNumber(string key, string meaning, int? defaultValue)
    {
        var text = source.GetString(key)?.Trim();
        if (text is null)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        _problems.Add($"The setting {key} is '{text}', which is not a valid {meaning}. Use a whole number greater than 0.");
        return null;
    }

    private T ReadChoice<T>(string key, string meaning, SettingChoice<T>[] choices, T defaultValue)
    {
        var text = source.GetString(key)?.Trim();
        if (text is null)
        {
            return defaultValue;
        }

        var match = Array.Find(choices, choice => string.Equals(choice.Name, text, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match.Value;
        }

        _problems.Add($"The setting {key} is '{text}', which is not a valid {meaning}. Use {ListNames(choices)}.");
        return defaultValue;
    }

    private void RequireJournalWhenEnabled(bool enabled, int? journal)
    {
        var journalWasEntered = source.GetString(StockValueSettingKeys.JournalNumber) is not null;
        if (enabled && journal is null && !journalWasEntered)
        {
            _problems.Add(
                $"The setting {StockValueSettingKeys.JournalNumber} is missing, but {StockValueSettingKeys.Enabled} is true. " +
                "Enter the number of the e-conomic journal (kassekladde) that receives the stock value voucher.");
        }
    }

    private void RequireDifferentAccounts(int? debit, int? credit)
    {
        if (debit is not null && debit == credit)
        {
            _problems.Add(
                $"The settings {StockValueSettingKeys.DebitAccount} and {StockValueSettingKeys.CreditAccount} are both {debit}. " +
                "Use two different accounts, because a voucher that debits and credits the same account changes nothing.");
        }
    }

    private static string ListNames<T>(SettingChoice<T>[] choices)
    {
        var names = choices.Select(choice => choice.Name).ToArray();

        return string.Join(", ", names[..^1]) + " or " + names[^1];
    }
}
