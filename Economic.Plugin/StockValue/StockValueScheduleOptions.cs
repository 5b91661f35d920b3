namespace Economic.Plugin.StockValue;

/// <summary>When the stock value is posted.</summary>
/// <param name="Frequency">How often.</param>
/// <param name="Weekday">The weekday of a weekly run. Other frequencies ignore it.</param>
/// <param name="DayOfPeriod">
/// The first or last day of a month, quarter, half-year or year; daily and weekly runs ignore it.
/// </param>
internal sealed record StockValueScheduleOptions(
    StockValueFrequency Frequency,
    DayOfWeek Weekday,
    StockValueDayOfPeriod DayOfPeriod)
{
    /// <summary>The default time of day of a run, 02:00 Copenhagen time.</summary>
    public static readonly TimeSpan DefaultTimeOfDay = TimeSpan.FromHours(2);

    /// <summary>The Copenhagen wall-clock time of a run, from 00:00 up to but not including 24:00.</summary>
    public TimeSpan TimeOfDay { get; init; } = DefaultTimeOfDay;
}
