namespace Economic.Plugin.StockValue.Internal;

/// <summary>Calendar arithmetic for the frequencies measured in months.</summary>
internal static class CalendarPeriods
{
    /// <summary>Returns the number of months in one period of <paramref name="frequency"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The frequency is daily or weekly.</exception>
    public static int MonthsIn(StockValueFrequency frequency) => frequency switch
    {
        StockValueFrequency.Monthly => 1,
        StockValueFrequency.Quarterly => 3,
        StockValueFrequency.HalfYearly => 6,
        StockValueFrequency.Yearly => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Only monthly, quarterly, half-yearly and yearly periods are measured in months."),
    };

    /// <summary>
    /// Returns the first day of the period that contains <paramref name="date"/>. Periods of
    /// <paramref name="monthsInPeriod"/> months start in January, so quarters start on 1 January,
    /// 1 April, 1 July and 1 October.
    /// </summary>
    public static DateOnly StartOfPeriod(DateOnly date, int monthsInPeriod)
    {
        var startMonth = ((date.Month - 1) / monthsInPeriod * monthsInPeriod) + 1;

        return new DateOnly(date.Year, startMonth, 1);
    }
}
