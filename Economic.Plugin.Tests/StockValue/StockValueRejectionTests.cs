using Economic.Plugin.Abstractions.Hosting;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueRejectionTests
{
    private static readonly DateTimeOffset EndOfFebruary = new(2026, 2, 28, 1, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EndOfMarch = new(2026, 3, 31, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_BarredAccount_LogsAccount()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.SetAccountBarred(1355, barred: true);

        var result = await harness.RunAtAsync(EndOfMarch, 11_000m);

        Assert.False(result.Succeeded);
        Assert.Empty(harness.Vouchers);
        var entry = harness.SyncLog.Entries[^1];
        Assert.Equal(SyncStatus.Error, entry.Status);
        Assert.Contains("Credit account 1355 (Lagerregulering) is barred (spærret) in e-conomic", entry.Message, StringComparison.Ordinal);
        Assert.Equal(10_000m, entry.PreviousValue);
        Assert.Equal(11_000m, entry.CurrentValue);
    }

    [Fact]
    public async Task RunAsync_BarLifted_PostsSamePeriod()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.SetAccountBarred(1355, barred: true);
        await harness.RunAtAsync(EndOfMarch, 11_000m);
        harness.Agreement.SetAccountBarred(1355, barred: false);

        var result = await harness.RunAtAsync(EndOfMarch.AddMinutes(5), 11_000m);

        Assert.True(result.Succeeded, result.Message);
        Assert.Single(harness.Vouchers);
    }

    [Fact]
    public async Task RunAsync_DirectEntriesBlocked_LogsAccount()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.SetBlockDirectEntries(5520, block: true);

        var result = await harness.RunAtAsync(EndOfMarch, 11_000m);

        Assert.False(result.Succeeded);
        Assert.Empty(harness.Vouchers);
        Assert.Contains("Debit account 5520 (Varelager) does not accept direct entries", harness.SyncLog.Entries[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingJournal_LogsJournal()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.RemoveJournal(4);

        var result = await harness.RunAtAsync(EndOfMarch, 11_000m);

        Assert.False(result.Succeeded);
        Assert.Equal(0, harness.VoucherPosts());
        Assert.Contains("Journal 4 was not found in e-conomic", harness.SyncLog.Entries[^1].Message, StringComparison.Ordinal);
        Assert.Contains("1 (Daglig)", harness.SyncLog.Entries[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ClosedPeriod_LogsEconomicError()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.ClosePeriod(new DateOnly(2026, 3, 1));

        var result = await harness.RunAtAsync(EndOfMarch, 11_000m);

        Assert.False(result.Succeeded);
        Assert.Empty(harness.Vouchers);
        var entry = harness.SyncLog.Entries[^1];
        Assert.StartsWith("The period is closed (spærret) in e-conomic for 2026-03-31", entry.Message, StringComparison.Ordinal);
        Assert.Equal("E04041", entry.ErrorCode);
        Assert.Equal(400, entry.HttpStatus);
        Assert.NotNull(entry.LogId);
        Assert.Contains("Perioden er spærret", entry.ErrorDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ClosedPeriodReopened_NextRunPosts()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.ClosePeriod(new DateOnly(2026, 3, 1));
        await harness.RunAtAsync(EndOfMarch, 11_000m);
        harness.Agreement.OpenPeriod(new DateOnly(2026, 3, 1));

        var result = await harness.RunAtAsync(EndOfMarch.AddMinutes(5), 11_000m);

        Assert.True(result.Succeeded, result.Message);
        Assert.Single(harness.Vouchers);
    }

    [Fact]
    public async Task RunAsync_AnyOutcome_LogsNoSecret()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.ClosePeriod(new DateOnly(2026, 3, 1));
        await harness.RunAtAsync(EndOfMarch, 11_000m);
        harness.Agreement.OpenPeriod(new DateOnly(2026, 3, 1));

        await harness.RunAtAsync(EndOfMarch.AddMinutes(5), 11_000m);

        var logText = harness.Logs.GetSnapshot()
            .SelectMany(record => new[] { record.Message, record.Exception?.ToString() ?? string.Empty }
                .Concat(record.StructuredState?.Select(pair => pair.Value ?? string.Empty) ?? []))
            .Concat(harness.SyncLog.Entries.SelectMany(entry => new[] { entry.Message, entry.ErrorDetail ?? string.Empty }))
            .ToList();
        Assert.NotEmpty(harness.Logs.GetSnapshot());
        Assert.DoesNotContain(logText, text => text.Contains(StockValueHarness.GrantToken, StringComparison.Ordinal));
        Assert.DoesNotContain(logText, text => text.Contains(StockValueHarness.AppSecretToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_SplitYear_PostsYearName()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.SetAccountingYears(
            new StandInAccountingYear("2025/2026", new(2025, 7, 1), new(2026, 6, 30)),
            new StandInAccountingYear("2026/2027", new(2026, 7, 1), new(2027, 6, 30)));

        var march = await harness.RunAtAsync(EndOfMarch, 11_000m);
        var september = await harness.RunAtAsync(new DateTimeOffset(2026, 9, 30, 0, 30, 0, TimeSpan.Zero), 12_000m);

        Assert.True(march.Succeeded, march.Message);
        Assert.True(september.Succeeded, september.Message);
        Assert.Equal("2025/2026", harness.Vouchers[0]["accountingYear"]!["year"]!.GetValue<string>());
        Assert.Equal("2026/2027", harness.Vouchers[1]["accountingYear"]!["year"]!.GetValue<string>());
        Assert.Equal("2026/2027-60002", harness.SyncLog.Entries[^1].DocumentNumber);
    }

    [Fact]
    public async Task RunAsync_NoYearForDate_AsksToCreateYear()
    {
        await using var harness = await StartedAsync();
        harness.Agreement.SetAccountingYears(new StandInAccountingYear("2025", new(2025, 1, 1), new(2025, 12, 31)));

        var result = await harness.RunAtAsync(EndOfMarch, 11_000m);

        Assert.False(result.Succeeded);
        Assert.Equal(0, harness.VoucherPosts());
        Assert.Contains("Create accounting year 2026 in e-conomic", harness.SyncLog.Entries[^1].Message, StringComparison.Ordinal);
    }

    private static async Task<StockValueHarness> StartedAsync()
    {
        var harness = await StockValueHarness.StartAsync(EndOfFebruary);
        await harness.RunAtAsync(EndOfFebruary, 10_000m);

        return harness;
    }
}
