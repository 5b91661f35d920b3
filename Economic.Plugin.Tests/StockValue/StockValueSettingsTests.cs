using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.StockValue;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueSettingsTests
{
    [Fact]
    public void Read_NothingSet_ReturnsManifestDefaults()
    {
        var source = Settings();

        var settings = StockValueSettings.Read(source);

        Assert.False(settings.Enabled, "stockValueEnabled defaults to false.");
        Assert.True(settings.JournalNumber is null, $"stockValueJournalNumber has no default, got {settings.JournalNumber}.");
        Assert.True(settings.DebitAccount == 5520, $"stockValueDebitAccount defaults to 5520, got {settings.DebitAccount}.");
        Assert.True(settings.CreditAccount == 1355, $"stockValueCreditAccount defaults to 1355, got {settings.CreditAccount}.");
        Assert.True(settings.Frequency == StockValueFrequency.Monthly, $"stockValueFrequency defaults to monthly, got {settings.Frequency}.");
        Assert.True(settings.Weekday == DayOfWeek.Monday, $"stockValueWeekday defaults to monday, got {settings.Weekday}.");
        Assert.True(settings.DayOfPeriod == StockValueDayOfPeriod.Last, $"stockValueDayOfPeriod defaults to last, got {settings.DayOfPeriod}.");
    }

    [Fact]
    public void Read_EverySettingSet_ParsesEachValue()
    {
        var source = Settings(
            ("stockValueEnabled", "true"),
            ("stockValueJournalNumber", "7"),
            ("stockValueDebitAccount", "5510"),
            ("stockValueCreditAccount", "1310"),
            ("stockValueFrequency", "halfYearly"),
            ("stockValueWeekday", "sunday"),
            ("stockValueDayOfPeriod", "first"));

        var settings = StockValueSettings.Read(source);

        Assert.True(settings.Enabled, "stockValueEnabled 'true' reads as true.");
        Assert.True(settings.JournalNumber == 7, $"stockValueJournalNumber '7' reads as {settings.JournalNumber}.");
        Assert.True(settings.DebitAccount == 5510, $"stockValueDebitAccount '5510' reads as {settings.DebitAccount}.");
        Assert.True(settings.CreditAccount == 1310, $"stockValueCreditAccount '1310' reads as {settings.CreditAccount}.");
        Assert.True(settings.Frequency == StockValueFrequency.HalfYearly, $"stockValueFrequency 'halfYearly' reads as {settings.Frequency}.");
        Assert.True(settings.Weekday == DayOfWeek.Sunday, $"stockValueWeekday 'sunday' reads as {settings.Weekday}.");
        Assert.True(settings.DayOfPeriod == StockValueDayOfPeriod.First, $"stockValueDayOfPeriod 'first' reads as {settings.DayOfPeriod}.");
    }

    [Fact]
    public void Read_OtherCaseAndSpaces_AcceptsManifestOptions()
    {
        var source = Settings(("stockValueFrequency", " Quarterly "), ("stockValueWeekday", "SUNDAY"), ("stockValueDayOfPeriod", "First"));

        var settings = StockValueSettings.Read(source);

        Assert.True(settings.Frequency == StockValueFrequency.Quarterly, $"' Quarterly ' reads as {settings.Frequency}.");
        Assert.True(settings.Weekday == DayOfWeek.Sunday, $"'SUNDAY' reads as {settings.Weekday}.");
        Assert.True(settings.DayOfPeriod == StockValueDayOfPeriod.First, $"'First' reads as {settings.DayOfPeriod}.");
    }

    [Theory]
    [InlineData("stockValueFrequency", "fortnightly", "The setting stockValueFrequency is 'fortnightly', which is not a valid frequency. Use daily, weekly, monthly, quarterly, halfYearly or yearly.")]
    [InlineData("stockValueWeekday", "friday", "The setting stockValueWeekday is 'friday', which is not a valid weekday. Use monday or sunday.")]
    [InlineData("stockValueDayOfPeriod", "middle", "The setting stockValueDayOfPeriod is 'middle', which is not a valid day of the period. Use first or last.")]
    [InlineData("stockValueEnabled", "yes", "The setting stockValueEnabled is 'yes', which is not a boolean. Use true or false.")]
    [InlineData("stockValueJournalNumber", "0", "The setting stockValueJournalNumber is '0', which is not a valid journal number. Use a whole number greater than 0.")]
    [InlineData("stockValueJournalNumber", "kladde 3", "The setting stockValueJournalNumber is 'kladde 3', which is not a valid journal number. Use a whole number greater than 0.")]
    [InlineData("stockValueDebitAccount", "55.20", "The setting stockValueDebitAccount is '55.20', which is not a valid account number. Use a whole number greater than 0.")]
    [InlineData("stockValueCreditAccount", "-1355", "The setting stockValueCreditAccount is '-1355', which is not a valid account number. Use a whole number greater than 0.")]
    [InlineData("stockValueCreditAccount", "99999999999", "The setting stockValueCreditAccount is '99999999999', which is not a valid account number. Use a whole number greater than 0.")]
    public void TryRead_InvalidValue_NamesKeyValueAndAllowedValues(string key, string value, string expectedProblem)
    {
        var source = Settings((key, value));

        var valid = StockValueSettings.TryRead(source, out var settings, out var problems);

        Assert.False(valid, $"{key} '{value}' is accepted.");
        Assert.True(settings is null, $"{key} '{value}' still gives settings.");
        Assert.True(problems.Count == 1, $"{key} '{value}': expected one problem, got: {string.Join(" | ", problems)}");
        Assert.True(problems[0] == expectedProblem, $"{key} '{value}': expected \"{expectedProblem}\", got \"{problems[0]}\".");
    }

    [Fact]
    public void TryRead_EnabledWithoutJournal_AsksForJournal()
    {
        var source = Settings(("stockValueEnabled", "true"));

        var valid = StockValueSettings.TryRead(source, out _, out var problems);

        Assert.False(valid, "posting is enabled without a journal, yet the settings are valid.");
        Assert.True(
            problems.SequenceEqual([
                "The setting stockValueJournalNumber is missing, but stockValueEnabled is true. " +
                "Enter the number of the e-conomic journal (kassekladde) that receives the stock value voucher."]),
            $"Unexpected problems: {string.Join(" | ", problems)}");
    }

    [Fact]
    public void TryRead_DisabledWithoutJournal_IsValid()
    {
        var source = Settings(("stockValueEnabled", "false"));

        var valid = StockValueSettings.TryRead(source, out var settings, out var problems);

        Assert.True(valid, $"posting is disabled, so a missing journal is no problem, got: {string.Join(" | ", problems)}");
        Assert.True(settings is not null, "valid settings come back null.");
    }

    [Fact]
    public void TryRead_SameDebitAndCreditAccount_ReportsProblem()
    {
        var source = Settings(("stockValueDebitAccount", "1355"));

        var valid = StockValueSettings.TryRead(source, out _, out var problems);

        Assert.False(valid, "debit and credit account 1355 are accepted.");
        Assert.True(
            problems.SequenceEqual([
                "The settings stockValueDebitAccount and stockValueCreditAccount are both 1355. " +
                "Use two different accounts, because a voucher that debits and credits the same account changes nothing."]),
            $"Unexpected problems: {string.Join(" | ", problems)}");
    }

    [Fact]
    public void TryRead_SeveralInvalidValues_ListsEveryProblem()
    {
        var source = Settings(
            ("stockValueEnabled", "true"),
            ("stockValueDebitAccount", "abc"),
            ("stockValueFrequency", "fortnightly"),
            ("stockValueWeekday", "friday"),
            ("stockValueDayOfPeriod", "middle"));

        StockValueSettings.TryRead(source, out _, out var problems);

        string[] keys = ["stockValueJournalNumber", "stockValueDebitAccount", "stockValueFrequency", "stockValueWeekday", "stockValueDayOfPeriod"];
        Assert.True(problems.Count == keys.Length, $"Expected {keys.Length} problems, got: {string.Join(" | ", problems)}");
        foreach (var key in keys)
        {
            Assert.True(problems.Any(problem => problem.Contains(key, StringComparison.Ordinal)), $"No problem names {key}: {string.Join(" | ", problems)}");
        }
    }

    [Fact]
    public void Read_InvalidValues_ThrowsWithEveryProblem()
    {
        var source = Settings(("stockValueFrequency", "fortnightly"), ("stockValueWeekday", "friday"));

        var exception = Assert.Throws<StockValueSettingsException>(() => StockValueSettings.Read(source));

        Assert.True(exception.Problems.Count == 2, $"Expected two problems, got: {string.Join(" | ", exception.Problems)}");
        Assert.True(
            exception.Message == "The stock value settings are invalid. " + string.Join(" ", exception.Problems),
            $"The message does not list the problems: {exception.Message}");
    }

    [Fact]
    public void ToScheduleOptions_WeeklySunday_UsesDefaultTime()
    {
        var settings = StockValueSettings.Read(Settings(("stockValueFrequency", "weekly"), ("stockValueWeekday", "sunday")));

        var options = settings.ToScheduleOptions();

        Assert.True(
            options == new StockValueScheduleOptions(StockValueFrequency.Weekly, DayOfWeek.Sunday, StockValueDayOfPeriod.Last),
            $"Unexpected options: {options}");
        Assert.True(options.TimeOfDay == TimeSpan.FromHours(2), $"Expected 02:00, got {options.TimeOfDay}.");
    }

    private static PluginSettings Settings(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(pair => pair.Key, pair => (string?)pair.Value));
}
