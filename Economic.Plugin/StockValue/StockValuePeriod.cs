using System.Globalization;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.StockValue;

/// <summary>
/// The accounting period that one stock value run posts for: the period of the configured
/// frequency that contains the run's Copenhagen date. A run on the first day of a period therefore
/// belongs to the period it opens, because its voucher is dated that day.
/// </summary>
/// <param name="Frequency">The frequency whose periods the key counts.</param>
/// <param name="PostingDate">The Copenhagen date of the run, which is the voucher date.</param>
/// <param name="Key">
/// A stable name of the period, the same for every run in it: "2026-03-05" (daily), "2026-W10"
/// (ISO week, weekly), "2026-03" (monthly), "2026-Q1" (quarterly), "2026-H1" (half-yearly) or
/// "2026" (yearly). A caller that posts each period at most once records this key.
/// </param>
internal sealed record StockValuePeriod(StockValueFrequency Frequency, DateOnly PostingDate, string Key)
{
    /// <summary>Returns the period of a run at <paramref name="runAt"/>.</summary>
    public static StockValuePeriod ForRun(DateTimeOffset runAt, StockValueFrequency frequency)
    {
        var date = CopenhagenTime.DateAt(runAt);

        return new StockValuePeriod(frequency, date, KeyOf(date, frequency));
    }

    private static string KeyOf(DateOnly date, StockValueFrequency frequency)
    {
        var culture = CultureInfo.InvariantCulture;

        return frequency switch
        {
            StockValueFrequency.Daily => date.ToString("yyyy-MM-dd", culture),
            StockValueFrequency.Weekly => IsoWeekKey(date),
            StockValueFrequency.Monthly => date.ToString("yyyy-MM", culture),
            StockValueFrequency.Quarterly => NumberedPeriodKey(date, 'Q', frequency),
            StockValueFrequency.HalfYearly => NumberedPeriodKey(date, 'H', frequency),
            StockValueFrequency.Yearly => date.Year.ToString("D4", culture),
            _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "The value is not a defined frequency."),
        };
    }

    private static string NumberedPeriodKey(DateOnly date, char prefix, StockValueFrequency frequency)
    {
        var number = ((date.Month - 1) / CalendarPeriods.MonthsIn(frequency)) + 1;

        return string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{prefix}{number}");
    }

    // The ISO year differs from the calendar year near New Year: Sunday 3 January 2027 is in 2026-W53.
    private static string IsoWeekKey(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);

        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
