using Economic.Plugin.StockValue;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueScheduleTests
{
    // Copenhagen is on summer time (+02:00) in 2028 from Sunday 26 March 01:00 UTC, when 02:00
    // jumps to 03:00, until Sunday 29 October 01:00 UTC, when 03:00 falls back to 02:00.
    [Theory]
    [InlineData("daily", "2028-03-25T01:00:00Z", "2028-03-26T01:00:00Z", "2028-03-26 03:00 +02:00", "02:00 does not exist on 26 Mar, so the run moves to 03:00")]
    [InlineData("daily", "2028-03-26T01:00:00Z", "2028-03-27T00:00:00Z", "2028-03-27 02:00 +02:00", "the day after spring-forward is back at 02:00")]
    [InlineData("daily", "2028-03-05T00:59:59Z", "2028-03-05T01:00:00Z", "2028-03-05 02:00 +01:00", "one second before a run gives that run")]
    [InlineData("daily", "2028-02-28T01:00:00Z", "2028-02-29T01:00:00Z", "2028-02-29 02:00 +01:00", "the leap day gets a run")]
    [InlineData("daily", "2028-10-28T00:00:00Z", "2028-10-29T00:00:00Z", "2028-10-29 02:00 +02:00", "02:00 happens twice on 29 Oct, and the first one counts")]
    [InlineData("daily", "2028-10-29T00:00:00Z", "2028-10-30T01:00:00Z", "2028-10-30 02:00 +01:00", "the repeated 02:00 on 29 Oct gives no second run")]
    [InlineData("daily", "2028-10-29T00:30:00Z", "2028-10-30T01:00:00Z", "2028-10-30 02:00 +01:00", "between the two 02:00s of 29 Oct the next run is the next day")]
    [InlineData("daily", "2028-12-31T22:30:00Z", "2029-01-01T01:00:00Z", "2029-01-01 02:00 +01:00", "23:30 local on New Year's Eve runs on 1 Jan")]
    [InlineData("daily", "2028-03-25T02:00:00+01:00", "2028-03-26T01:00:00Z", "2028-03-26 03:00 +02:00", "an input in local offset gives the same run")]
    [InlineData("daily at 02:30", "2028-03-25T12:00:00Z", "2028-03-26T01:00:00Z", "2028-03-26 03:00 +02:00", "02:30 on 26 Mar moves to 03:00, the first valid instant")]
    [InlineData("daily at 02:30", "2028-10-28T12:00:00Z", "2028-10-29T00:30:00Z", "2028-10-29 02:30 +02:00", "the first 02:30 of 29 Oct counts")]
    [InlineData("weekly monday", "2028-03-26T12:00:00Z", "2028-03-27T00:00:00Z", "2028-03-27 02:00 +02:00", "Sunday afternoon gives the Monday after")]
    [InlineData("weekly monday", "2028-03-27T00:00:00Z", "2028-04-03T00:00:00Z", "2028-04-03 02:00 +02:00", "a Monday run gives the next Monday")]
    [InlineData("weekly monday", "2028-10-29T12:00:00Z", "2028-10-30T01:00:00Z", "2028-10-30 02:00 +01:00", "the Monday after fall-back is in winter time")]
    [InlineData("weekly sunday", "2028-03-20T00:00:00Z", "2028-03-26T01:00:00Z", "2028-03-26 03:00 +02:00", "the spring-forward Sunday runs at 03:00")]
    [InlineData("weekly sunday", "2028-10-22T00:00:00Z", "2028-10-29T00:00:00Z", "2028-10-29 02:00 +02:00", "the fall-back Sunday runs at the first 02:00")]
    [InlineData("weekly sunday", "2028-10-29T00:00:00Z", "2028-11-05T01:00:00Z", "2028-11-05 02:00 +01:00", "the fall-back Sunday runs once")]
    [InlineData("monthly last", "2028-02-01T00:00:00Z", "2028-02-29T01:00:00Z", "2028-02-29 02:00 +01:00", "February 2028 ends on the 29th")]
    [InlineData("monthly last", "2027-02-01T00:00:00Z", "2027-02-28T01:00:00Z", "2027-02-28 02:00 +01:00", "February 2027 ends on the 28th")]
    [InlineData("monthly last", "2028-02-29T00:59:00Z", "2028-02-29T01:00:00Z", "2028-02-29 02:00 +01:00", "a minute before the run gives that run")]
    [InlineData("monthly last", "2028-02-29T01:00:00Z", "2028-03-31T00:00:00Z", "2028-03-31 02:00 +02:00", "the 29 Feb run gives 31 Mar in summer time")]
    [InlineData("monthly last", "2028-04-15T00:00:00Z", "2028-04-30T00:00:00Z", "2028-04-30 02:00 +02:00", "April ends on the 30th")]
    [InlineData("monthly first", "2028-01-15T00:00:00Z", "2028-02-01T01:00:00Z", "2028-02-01 02:00 +01:00", "mid-January gives 1 Feb")]
    [InlineData("monthly first", "2028-03-01T01:00:00Z", "2028-04-01T00:00:00Z", "2028-04-01 02:00 +02:00", "the 1 Mar run gives 1 Apr in summer time")]
    [InlineData("monthly first", "2028-03-01T00:30:00Z", "2028-03-01T01:00:00Z", "2028-03-01 02:00 +01:00", "before the run on the first day gives that run")]
    [InlineData("monthly first at 00:30", "2028-06-15T00:00:00Z", "2028-06-30T22:30:00Z", "2028-07-01 00:30 +02:00", "00:30 on 1 Jul is still 30 Jun in UTC")]
    [InlineData("quarterly last", "2028-01-10T00:00:00Z", "2028-03-31T00:00:00Z", "2028-03-31 02:00 +02:00", "the first quarter ends on 31 Mar")]
    [InlineData("quarterly last", "2028-03-31T00:00:00Z", "2028-06-30T00:00:00Z", "2028-06-30 02:00 +02:00", "the second quarter ends on 30 Jun")]
    [InlineData("quarterly last", "2028-07-01T00:00:00Z", "2028-09-30T00:00:00Z", "2028-09-30 02:00 +02:00", "the third quarter ends on 30 Sep")]
    [InlineData("quarterly last", "2028-09-30T00:00:00Z", "2028-12-31T01:00:00Z", "2028-12-31 02:00 +01:00", "the fourth quarter ends on 31 Dec")]
    [InlineData("quarterly first", "2028-01-01T01:00:00Z", "2028-04-01T00:00:00Z", "2028-04-01 02:00 +02:00", "the 1 Jan run gives 1 Apr")]
    [InlineData("quarterly first", "2028-09-15T00:00:00Z", "2028-10-01T00:00:00Z", "2028-10-01 02:00 +02:00", "mid-September gives 1 Oct")]
    [InlineData("quarterly first", "2028-10-01T00:00:00Z", "2029-01-01T01:00:00Z", "2029-01-01 02:00 +01:00", "the 1 Oct run gives 1 Jan of the next year")]
    [InlineData("halfYearly last", "2028-01-01T00:00:00Z", "2028-06-30T00:00:00Z", "2028-06-30 02:00 +02:00", "the first half ends on 30 Jun")]
    [InlineData("halfYearly last", "2028-06-30T00:00:00Z", "2028-12-31T01:00:00Z", "2028-12-31 02:00 +01:00", "the second half ends on 31 Dec")]
    [InlineData("halfYearly first", "2028-01-01T01:00:00Z", "2028-07-01T00:00:00Z", "2028-07-01 02:00 +02:00", "the 1 Jan run gives 1 Jul")]
    [InlineData("halfYearly first", "2028-07-01T00:00:00Z", "2029-01-01T01:00:00Z", "2029-01-01 02:00 +01:00", "the 1 Jul run gives 1 Jan")]
    [InlineData("yearly last", "2028-06-01T00:00:00Z", "2028-12-31T01:00:00Z", "2028-12-31 02:00 +01:00", "the year ends on 31 Dec")]
    [InlineData("yearly last", "2028-12-31T01:00:00Z", "2029-12-31T01:00:00Z", "2029-12-31 02:00 +01:00", "the 31 Dec run gives the next 31 Dec")]
    [InlineData("yearly first", "2028-06-01T00:00:00Z", "2029-01-01T01:00:00Z", "2029-01-01 02:00 +01:00", "mid-year gives 1 Jan")]
    [InlineData("yearly first", "2028-12-31T23:30:00Z", "2029-01-01T01:00:00Z", "2029-01-01 02:00 +01:00", "00:30 local on 1 Jan gives 02:00 that day")]
    public void NextRunAfter_CalendarCase_ReturnsExpectedRun(
        string schedule, string after, string expectedUtc, string expectedLocal, string reason)
    {
        var sut = new StockValueSchedule(ScheduleText.Options(schedule));

        var run = sut.NextRunAfter(ScheduleText.Instant(after));

        Assert.True(run.Offset == TimeSpan.Zero, $"{schedule}, {reason}: the run {run:o} is not in UTC.");
        Assert.True(ScheduleText.Utc(run) == expectedUtc, $"{schedule}, {reason}: expected {expectedUtc}, got {ScheduleText.Utc(run)}.");
        Assert.True(ScheduleText.Local(run) == expectedLocal, $"{schedule}, {reason}: expected local {expectedLocal}, got {ScheduleText.Local(run)}.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24 * 60)]
    public void Constructor_TimeOfDayOutsideOneDay_Throws(int minutes)
    {
        var options = ScheduleText.Options("daily") with { TimeOfDay = TimeSpan.FromMinutes(minutes) };

        Assert.Throws<ArgumentOutOfRangeException>(() => new StockValueSchedule(options));
    }
}
