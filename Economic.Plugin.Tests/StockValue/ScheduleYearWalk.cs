using Economic.Plugin.StockValue;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.StockValue;

/// <summary>
/// Runs a schedule through Copenhagen's year 2028 the way the host's runner does: ask for the next
/// run after the clock, move the clock there, and repeat.
/// </summary>
internal static class ScheduleYearWalk
{
    public static readonly DateTimeOffset StartOf2028 = ScheduleText.Instant("2028-01-01T00:00:00+01:00");

    public static readonly DateTimeOffset StartOf2029 = ScheduleText.Instant("2029-01-01T00:00:00+01:00");

    public static IReadOnlyList<DateTimeOffset> RunsIn2028(StockValueScheduleOptions options)
    {
        var schedule = new StockValueSchedule(options);
        var clock = new FakeTimeProvider(StartOf2028);
        var runs = new List<DateTimeOffset>();

        var next = schedule.NextRunAfter(clock.GetUtcNow());
        while (next < StartOf2029)
        {
            // FakeTimeProvider rejects a move backwards, so this also checks that runs only advance.
            clock.SetUtcNow(next);
            runs.Add(next);
            next = schedule.NextRunAfter(clock.GetUtcNow());
        }

        return runs;
    }

    /// <summary>
    /// Returns the expected local run at 02:00 on <paramref name="date"/>, worked out by hand from
    /// the 2028 daylight-saving dates rather than from the time zone database.
    /// </summary>
    public static string ExpectedLocalRunAt0200(DateOnly date)
    {
        var springForward = new DateOnly(2028, 3, 26);
        var fallBack = new DateOnly(2028, 10, 29);
        var text = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (date == springForward)
        {
            return text + " 03:00 +02:00";
        }

        var summer = date > springForward && date <= fallBack;

        return text + (summer ? " 02:00 +02:00" : " 02:00 +01:00");
    }
}
