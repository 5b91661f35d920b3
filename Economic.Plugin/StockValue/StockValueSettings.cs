using System.Diagnostics.CodeAnalysis;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.StockValue;

/// <summary>The stock value settings of one installation, read and validated.</summary>
/// <param name="Enabled">Whether the stock value is posted at all.</param>
/// <param name="JournalNumber">The e-conomic journal (kassekladde) that receives the voucher, always set when posting is enabled.</param>
/// <param name="DebitAccount">The account debited when the stock value rises, and credited when it falls.</param>
/// <param name="CreditAccount">The account credited when the stock value rises, and debited when it falls.</param>
/// <param name="Frequency">How often the stock value is posted.</param>
/// <param name="Weekday">The weekday of a weekly run, Monday or Sunday.</param>
/// <param name="DayOfPeriod">The first or last day of a longer period.</param>
internal sealed record StockValueSettings(
    bool Enabled,
    int? JournalNumber,
    int DebitAccount,
    int CreditAccount,
    StockValueFrequency Frequency,
    DayOfWeek Weekday,
    StockValueDayOfPeriod DayOfPeriod)
{
    /// <summary>The manifest's default debit account, 5520.</summary>
    public const int DefaultDebitAccount = 5520;

    /// <summary>The manifest's default credit account, 1355.</summary>
    public const int DefaultCreditAccount = 1355;

    /// <summary>Returns the schedule that these settings describe, at the default time of day.</summary>
    public StockValueScheduleOptions ToScheduleOptions() => new(Frequency, Weekday, DayOfPeriod);

    /// <summary>
    /// Reads the settings from <paramref name="source"/>, using the manifest default for every
    /// setting that is not set.
    /// </summary>
    /// <exception cref="StockValueSettingsException">A setting is invalid. The exception lists every problem.</exception>
    public static StockValueSettings Read(PluginSettings source) =>
        TryRead(source, out var settings, out var problems)
            ? settings
            : throw new StockValueSettingsException(problems);

    /// <summary>
    /// Reads the settings from <paramref name="source"/> and returns whether all of them are
    /// valid. <paramref name="problems"/> lists every invalid setting, one sentence each, naming
    /// the key, the value and the values allowed.
    /// </summary>
    public static bool TryRead(
        PluginSettings source,
        [NotNullWhen(true)] out StockValueSettings? settings,
        out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(source);

        var reader = new StockValueSettingsReader(source);
        settings = reader.Read();
        problems = reader.Problems;

        return settings is not null;
    }
}
