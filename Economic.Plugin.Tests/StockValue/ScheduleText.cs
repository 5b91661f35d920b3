using System.Globalization;
using Economic.Plugin.StockValue;

namespace Economic.Plugin.Tests.StockValue;

/// <summary>Reads and writes the short schedule and time notation that the test tables use.</summary>
internal static class ScheduleText
{
    public static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>
    /// Parses "monthly last", "weekly sunday", "daily" or "quarterly first at 00:30" into options;
    /// without "at", the time of day is the default 02:00.
    /// </summary>
    public static StockValueScheduleOptions Options(string text)
    {
        var words = text.Split(' ');
        var frequency = Enum.Parse<StockValueFrequency>(words[0], ignoreCase: true);
        var weekday = frequency == StockValueFrequency.Weekly ? Enum.Parse<DayOfWeek>(words[1], ignoreCase: true) : DayOfWeek.Monday;
        var dayOfPeriod = words.Length > 1 && Enum.TryParse<StockValueDayOfPeriod>(words[1], ignoreCase: true, out var day)
            ? day
            : StockValueDayOfPeriod.Last;
        var options = new StockValueScheduleOptions(frequency, weekday, dayOfPeriod);
        var at = Array.IndexOf(words, "at");

        return at < 0 ? options : options with { TimeOfDay = TimeSpan.Parse(words[at + 1], CultureInfo.InvariantCulture) };
    }

    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Formats the Copenhagen wall-clock time with its offset, such as "2028-03-26 03:00 +02:00".</summary>
    public static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Copenhagen).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
