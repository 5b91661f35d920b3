using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.StockValue;

/// <summary>
/// Computes when the stock value is posted. Calendar rules use Copenhagen time: a weekly run
/// falls on the configured weekday, a monthly, quarterly, half-yearly or yearly run on the first
/// or last day of its period, and every run at the configured time of day.
/// </summary>
internal sealed class StockValueSchedule
{
    private readonly StockValueScheduleOptions _options;

    /// <summary>Creates a schedule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time of day is not within one day.</exception>
    public StockValueSchedule(StockValueScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TimeOfDay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(options.TimeOfDay, TimeSpan.FromDays(1));

        _options = options;
    }

    /// <summary>
    /// Returns the first run strictly after <paramref name="after"/>, in UTC. A run time equal to
    /// <paramref name="after"/> is not returned, so passing the previous run gives the next one.
    /// </summary>
    public DateTimeOffset NextRunAfter(DateTimeOffset after)
    {
        var date = CopenhagenTime.DateAt(after);
        while (true)
        {
            var runDate = FirstRunDateOnOrAfter(date);
            var run = CopenhagenTime.ToInstant(runDate, _options.TimeOfDay);
            if (run > after)
            {
                return run;
            }

            date = runDate.AddDays(1);
        }
    }

    private DateOnly FirstRunDateOnOrAfter(DateOnly date) => _options.Frequency switch
    {
        StockValueFrequency.Daily => date,
        StockValueFrequency.Weekly => NextWeekday(date, _options.Weekday),
        _ => FirstPeriodDayOnOrAfter(date, CalendarPeriods.MonthsIn(_options.Frequency)),
    };

    private static DateOnly NextWeekday(DateOnly date, DayOfWeek weekday)
    {
        var daysAhead = ((int)weekday - (int)date.DayOfWeek + 7) % 7;

        return date.AddDays(daysAhead);
    }

    private DateOnly FirstPeriodDayOnOrAfter(DateOnly date, int monthsInPeriod)
    {
        var periodStart = CalendarPeriods.StartOfPeriod(date, monthsInPeriod);
        var nextPeriodStart = periodStart.AddMonths(monthsInPeriod);
        if (_options.DayOfPeriod == StockValueDayOfPeriod.Last)
        {
            return nextPeriodStart.AddDays(-1);
        }

        return periodStart == date ? periodStart : nextPeriodStart;
    }
}
