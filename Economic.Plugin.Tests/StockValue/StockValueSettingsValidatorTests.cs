using Economic.StandIn;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueSettingsValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ValidateAsync_StandardChart_ReturnsNoErrors()
    {
        await using var harness = await StockValueHarness.StartAsync(Now);

        var errors = await harness.Validator.ValidateAsync(harness.Installation, CancellationToken.None);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task ValidateAsync_BadAccounts_KeysEachAccount()
    {
        await using var harness = await StockValueHarness.StartAsync(Now);
        harness.Agreement.SetAccountBarred(5520, barred: true);
        harness.Agreement.SetBlockDirectEntries(1355, block: true);

        var errors = await harness.Validator.ValidateAsync(harness.Installation, CancellationToken.None);

        Assert.Equal(2, errors.Count);
        Assert.Equal("stockValueDebitAccount", errors[0].Key);
        Assert.Contains("5520 (Varelager) is barred", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("stockValueCreditAccount", errors[1].Key);
        Assert.Contains("1355 (Lagerregulering) does not accept direct entries", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_JournalForCustomerPayments_KeysJournal()
    {
        var settings = new Dictionary<string, string?> { ["stockValueJournalNumber"] = "2" };
        await using var harness = await StockValueHarness.StartAsync(Now, settings);

        var errors = await harness.Validator.ValidateAsync(harness.Installation, CancellationToken.None);

        var error = Assert.Single(errors);
        Assert.Equal("stockValueJournalNumber", error.Key);
        Assert.Contains("Journal 2 (Indbetalinger) accepts only customerPayment entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_MissingJournal_KeysJournalWithoutPosting()
    {
        var settings = new Dictionary<string, string?> { ["stockValueJournalNumber"] = "7" };
        await using var harness = await StockValueHarness.StartAsync(Now, settings);

        var errors = await harness.Validator.ValidateAsync(harness.Installation, CancellationToken.None);

        Assert.Equal("stockValueJournalNumber", Assert.Single(errors).Key);
        Assert.Contains("Journal 7 was not found", errors[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.StandIn.Requests, request => request.Method != "GET");
        Assert.Contains(harness.StandIn.Requests, request => request.PathAndQuery.StartsWith("/journals?", StringComparison.Ordinal) && !request.PathAndQuery.Contains("filter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_InvalidFrequency_CallsNothing()
    {
        var settings = new Dictionary<string, string?> { ["stockValueFrequency"] = "fortnightly" };
        await using var harness = await StockValueHarness.StartAsync(Now, settings);

        var errors = await harness.Validator.ValidateAsync(harness.Installation, CancellationToken.None);

        Assert.Equal("stockValueFrequency", Assert.Single(errors).Key);
        Assert.Empty(harness.StandIn.Requests);
    }

    [Fact]
    public async Task ValidateAsync_PostingOff_ReturnsNoErrors()
    {
        var settings = new Dictionary<string, string?> { ["stockValueEnabled"] = "false", ["stockValueJournalNumber"] = "7" };
        await using var harness = await StockValueHarness.StartAsync(Now, settings);

        var errors = await harness.Validator.ValidateAsync(harness.Installation, CancellationToken.None);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task GetNextRun_MonthlyOnLastDay_ReturnsEndOfMonth()
    {
        await using var harness = await StockValueHarness.StartAsync(Now);

        var next = harness.Task.GetNextRun(harness.Installation, Now);

        Assert.Equal(new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero), next);
        Assert.Equal("Stock value posting", harness.Task.DisplayName);
    }

    [Fact]
    public async Task GetNextRun_PostingOff_ReturnsNull()
    {
        var settings = new Dictionary<string, string?> { ["stockValueEnabled"] = "false" };
        await using var harness = await StockValueHarness.StartAsync(Now, settings);

        var next = harness.Task.GetNextRun(harness.Installation, Now);

        Assert.Null(next);
    }

    [Fact]
    public async Task RunAsync_PostingOff_LogsWhy()
    {
        var settings = new Dictionary<string, string?> { ["stockValueEnabled"] = "false" };
        await using var harness = await StockValueHarness.StartAsync(Now, settings);

        var result = await harness.RunAtAsync(Now, 10_000m, Abstractions.Scheduling.ScheduledRunTrigger.Manual);

        Assert.False(result.Succeeded);
        Assert.Contains("switched off", Assert.Single(harness.SyncLog.Entries).Message, StringComparison.Ordinal);
        Assert.Empty(harness.StandIn.Requests);
    }

    [Fact]
    public async Task GetChoicesAsync_Journals_ListsFinanceJournals()
    {
        await using var harness = await StockValueHarness.StartAsync(Now);

        var choices = await harness.Choices.GetChoicesAsync(harness.Installation, "stockValueJournalNumber", CancellationToken.None);

        Assert.Equal(["1 Daglig", "3 Lønninger", "4 Lagerværdi"], choices.Select(choice => choice.Label));
        Assert.Equal("4", choices[^1].Value);
    }

    [Fact]
    public async Task GetChoicesAsync_Accounts_SkipsUnpostable()
    {
        await using var harness = await StockValueHarness.StartAsync(Now);
        harness.Agreement.SetAccountBarred(1310, barred: true);

        var choices = await harness.Choices.GetChoicesAsync(harness.Installation, "stockValueDebitAccount", CancellationToken.None);

        Assert.Contains(choices, choice => choice.Label == "5520 Varelager");
        Assert.Contains(choices, choice => choice.Label == "1355 Lagerregulering");
        Assert.DoesNotContain(choices, choice => choice.Value is "1000" or "1310" or "1399");
    }
}
