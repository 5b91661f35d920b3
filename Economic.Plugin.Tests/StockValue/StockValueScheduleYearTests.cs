namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueScheduleYearTests
{
    [Fact]
    public void NextRunAfter_DailyThrough2028_RunsOnceOnEveryDay()
    {
        var runs = ScheduleYearWalk.RunsIn2028(ScheduleText.Options("daily"));

        Assert.True(runs.Count == 366, $"2028 is a leap year with 366 days, but there were {runs.Count} daily runs.");
        AssertRunsOn(runs, EveryDayOf2028().ToList(), "daily");
    }

    [Theory]
    [InlineData("weekly monday", DayOfWeek.Monday, 52)]
    [InlineData("weekly sunday", DayOfWeek.Sunday, 53)]
    public void NextRunAfter_WeeklyThrough2028_RunsOnEveryWeekday(string schedule, DayOfWeek weekday, int expectedCount)
    {
        var runs = ScheduleYearWalk.RunsIn2028(ScheduleText.Options(schedule));

        Assert.True(runs.Count == expectedCount, $"{schedule}: expected {expectedCount} runs in 2028, got {runs.Count}.");
        AssertRunsOn(runs, EveryDayOf2028().Where(day => day.DayOfWeek == weekday).ToList(), schedule);
    }

    [Theory]
    [InlineData("monthly last", new[] { "01-31", "02-29", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31" })]
    [InlineData("monthly first", new[] { "01-01", "02-01", "03-01", "04-01", "05-01", "06-01", "07-01", "08-01", "09-01", "10-01", "11-01", "12-01" })]
    [InlineData("quarterly last", new[] { "03-31", "06-30", "09-30", "12-31" })]
    [InlineData("quarterly first", new[] { "01-01", "04-01", "07-01", "10-01" })]
    [InlineData("halfYearly last", new[] { "06-30", "12-31" })]
    [InlineData("halfYearly first", new[] { "01-01", "07-01" })]
    [InlineData("yearly last", new[] { "12-31" })]
    [InlineData("yearly first", new[] { "01-01" })]
    public void NextRunAfter_PeriodsThrough2028_RunsOnPeriodDays(string schedule, string[] monthDays)
    {
        var expectedDates = monthDays.Select(day => DateOnly.Parse("2028-" + day, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var runs = ScheduleYearWalk.RunsIn2028(ScheduleText.Options(schedule));

        Assert.True(runs.Count == expectedDates.Count, $"{schedule}: expected {expectedDates.Count} runs in 2028, got {runs.Count}.");
        AssertRunsOn(runs, expectedDates, schedule);
    }

    private static IEnumerable<DateOnly> EveryDayOf2028()
    {
        for (var day = new DateOnly(2028, 1, 1); day.Year == 2028; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static void AssertRunsOn(IReadOnlyList<DateTimeOffset> runs, IReadOnlyList<DateOnly> dates, string schedule)
    {
        foreach (var (run, date) in runs.Zip(dates))
        {
            var expectedLocal = ScheduleYearWalk.ExpectedLocalRunAt0200(date);
            var expectedUtc = ScheduleText.Utc(ScheduleText.Instant(expectedLocal));

            Assert.True(run.Offset == TimeSpan.Zero, $"{schedule}: the run {run:o} is not in UTC.");
            Assert.True(ScheduleText.Utc(run) == expectedUtc, $"{schedule}: expected the run of {date} at {expectedUtc}, got {ScheduleText.Utc(run)}.");
            Assert.True(ScheduleText.Local(run) == expectedLocal, $"{schedule}: expected local {expectedLocal}, got {ScheduleText.Local(run)}.");
        }
    }
}
