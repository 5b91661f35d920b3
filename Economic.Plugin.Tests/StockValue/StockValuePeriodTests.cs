using Economic.Plugin.StockValue;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValuePeriodTests
{
    [Theory]
    [InlineData("daily", "2026-03-05T01:00:00Z", "2026-03-05", "2026-03-05")]
    [InlineData("daily", "2026-03-04T23:30:00Z", "2026-03-05", "2026-03-05")]
    [InlineData("weekly", "2026-03-02T01:00:00Z", "2026-03-02", "2026-W10")]
    [InlineData("weekly", "2026-03-08T01:00:00Z", "2026-03-08", "2026-W10")]
    [InlineData("weekly", "2027-01-03T01:00:00Z", "2027-01-03", "2026-W53")]
    [InlineData("weekly", "2029-12-31T01:00:00Z", "2029-12-31", "2030-W01")]
    [InlineData("monthly", "2028-02-29T01:00:00Z", "2028-02-29", "2028-02")]
    [InlineData("monthly", "2028-04-01T00:00:00Z", "2028-04-01", "2028-04")]
    [InlineData("monthly", "2028-06-30T22:30:00Z", "2028-07-01", "2028-07")]
    [InlineData("quarterly", "2028-03-31T00:00:00Z", "2028-03-31", "2028-Q1")]
    [InlineData("quarterly", "2028-04-01T00:00:00Z", "2028-04-01", "2028-Q2")]
    [InlineData("quarterly", "2028-09-30T00:00:00Z", "2028-09-30", "2028-Q3")]
    [InlineData("quarterly", "2028-12-31T01:00:00Z", "2028-12-31", "2028-Q4")]
    [InlineData("halfYearly", "2028-06-30T00:00:00Z", "2028-06-30", "2028-H1")]
    [InlineData("halfYearly", "2028-07-01T00:00:00Z", "2028-07-01", "2028-H2")]
    [InlineData("halfYearly", "2028-12-31T01:00:00Z", "2028-12-31", "2028-H2")]
    [InlineData("yearly", "2028-12-31T01:00:00Z", "2028-12-31", "2028")]
    [InlineData("yearly", "2028-12-31T23:30:00Z", "2029-01-01", "2029")]
    public void ForRun_RunInstant_ReturnsCopenhagenDateAndKey(
        string frequencyName, string runAt, string expectedDate, string expectedKey)
    {
        var frequency = Enum.Parse<StockValueFrequency>(frequencyName, ignoreCase: true);

        var period = StockValuePeriod.ForRun(ScheduleText.Instant(runAt), frequency);

        Assert.True(period.Frequency == frequency, $"{frequency} run at {runAt}: the period has frequency {period.Frequency}.");
        Assert.True(period.PostingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == expectedDate, $"{frequency} run at {runAt}: expected posting date {expectedDate}, got {period.PostingDate}.");
        Assert.True(period.Key == expectedKey, $"{frequency} run at {runAt}: expected key {expectedKey}, got {period.Key}.");
    }

    [Theory]
    [InlineData("daily")]
    [InlineData("weekly monday")]
    [InlineData("weekly sunday")]
    [InlineData("monthly first")]
    [InlineData("monthly last")]
    [InlineData("quarterly first")]
    [InlineData("quarterly last")]
    [InlineData("halfYearly first")]
    [InlineData("halfYearly last")]
    [InlineData("yearly first")]
    [InlineData("yearly last")]
    public void ForRun_EveryRunOf2028_HasItsOwnKey(string schedule)
    {
        var options = ScheduleText.Options(schedule);
        var runs = ScheduleYearWalk.RunsIn2028(options);

        var keys = runs.Select(run => StockValuePeriod.ForRun(run, options.Frequency).Key).ToList();

        var repeated = keys.GroupBy(key => key).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        Assert.True(runs.Count > 0, $"{schedule}: the schedule has no run in 2028.");
        Assert.True(repeated.Count == 0, $"{schedule}: these period keys belong to more than one run: {string.Join(", ", repeated)}.");
    }
}
