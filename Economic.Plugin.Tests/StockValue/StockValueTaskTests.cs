using System.Text.Json.Nodes;
using Economic.Plugin.Abstractions.Hosting;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueTaskTests
{
    // 02:30 Copenhagen time on the last days of February, March and April 2026.
    private static readonly DateTimeOffset EndOfFebruary = new(2026, 2, 28, 1, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EndOfMarch = new(2026, 3, 31, 0, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EndOfApril = new(2026, 4, 30, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_RiseThenFall_PostsTwoSignedVouchers()
    {
        await using var harness = await StockValueHarness.StartAsync(EndOfFebruary);
        await harness.RunAtAsync(EndOfFebruary, 10_000.00m);

        var rise = await harness.RunAtAsync(EndOfMarch, 11_234.50m);
        var fall = await harness.RunAtAsync(EndOfApril, 11_034.25m);

        Assert.True(rise.Succeeded, rise.Message);
        Assert.True(fall.Succeeded, fall.Message);
        Assert.Equal(2, harness.Vouchers.Count);
        AssertEntry(harness.Vouchers[0], 5520, 1355, "1234.50", "2026-03-31", "Lagerværdi 2026-03: 10.000,00 → 11.234,50");
        AssertEntry(harness.Vouchers[1], 1355, 5520, "200.25", "2026-04-30", "Lagerværdi 2026-04: 11.234,50 → 11.034,25");
        Assert.Equal("2026", harness.Vouchers[0]["accountingYear"]!["year"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_RiseThenFall_LogsValues()
    {
        await using var harness = await StockValueHarness.StartAsync(EndOfFebruary);
        await harness.RunAtAsync(EndOfFebruary, 10_000.00m);

        await harness.RunAtAsync(EndOfMarch, 11_234.50m);
        await harness.RunAtAsync(EndOfApril, 11_034.25m);

        var entries = harness.SyncLog.Entries;
        Assert.Equal(3, entries.Count);
        Assert.All(entries, entry => Assert.Equal(SyncArea.StockValue, entry.Area));
        Assert.Equal(SyncStatus.Success, entries[1].Status);
        Assert.Equal(10_000.00m, entries[1].PreviousValue);
        Assert.Equal(11_234.50m, entries[1].CurrentValue);
        Assert.Equal(1_234.50m, entries[1].Difference);
        Assert.Equal("2026-60001", entries[1].DocumentNumber);
        Assert.Equal(-200.25m, entries[2].Difference);
        Assert.Equal("2026-60002", entries[2].DocumentNumber);
        Assert.Equal(EndOfApril, entries[2].Time);
    }

    [Fact]
    public async Task RunAsync_FirstRun_RecordsStartingValueOnly()
    {
        await using var harness = await StockValueHarness.StartAsync(EndOfMarch);

        var result = await harness.RunAtAsync(EndOfMarch, 10_000.00m);

        Assert.True(result.Succeeded);
        Assert.Empty(harness.Vouchers);
        Assert.Equal(0, harness.VoucherPosts());
        var entry = Assert.Single(harness.SyncLog.Entries);
        Assert.Equal(SyncStatus.Information, entry.Status);
        Assert.Contains("Recorded the starting stock value of 10,000.00", entry.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was posted", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DayWithoutChange_PostsNothing()
    {
        var settings = new Dictionary<string, string?> { ["stockValueFrequency"] = "daily" };
        await using var harness = await StockValueHarness.StartAsync(EndOfMarch, settings);
        await harness.RunAtAsync(EndOfMarch, 10_000.00m);

        var result = await harness.RunAtAsync(EndOfMarch.AddDays(1), 10_000.00m);

        Assert.True(result.Succeeded);
        Assert.Empty(harness.Vouchers);
        Assert.Equal(0, harness.VoucherPosts());
        var entry = harness.SyncLog.Entries[^1];
        Assert.Equal(SyncStatus.Success, entry.Status);
        Assert.Contains("unchanged at 10,000.00", entry.Message, StringComparison.Ordinal);
        Assert.Equal(0m, entry.Difference);
    }

    [Fact]
    public async Task RunAsync_StopAfterAccept_PostsOnce()
    {
        await using var harness = await StockValueHarness.StartAsync(EndOfFebruary);
        await harness.RunAtAsync(EndOfFebruary, 10_000.00m);
        harness.State.StopAtNextSet = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RunAtAsync(EndOfMarch, 11_234.50m));

        // Two hours on, e-conomic no longer replays the Idempotency-Key, so only the journal lookup prevents a second voucher.
        var retried = await harness.RunAtAsync(EndOfMarch.AddHours(2), 11_234.50m, Abstractions.Scheduling.ScheduledRunTrigger.Manual);

        Assert.True(retried.Succeeded, retried.Message);
        Assert.Single(harness.Vouchers);
        Assert.Equal(1, harness.VoucherPosts());
        var found = harness.SyncLog.Entries[^2];
        Assert.Contains("Found voucher 2026-60001 for period 2026-03", found.Message, StringComparison.Ordinal);
        Assert.Equal("2026-60001", found.DocumentNumber);
    }

    [Fact]
    public async Task RunAsync_StopAfterAccept_NextPeriodPostsChange()
    {
        await using var harness = await StockValueHarness.StartAsync(EndOfFebruary);
        await harness.RunAtAsync(EndOfFebruary, 10_000.00m);
        harness.State.StopAtNextSet = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RunAtAsync(EndOfMarch, 11_234.50m));

        var next = await harness.RunAtAsync(EndOfApril, 11_034.25m);

        Assert.True(next.Succeeded, next.Message);
        Assert.Equal(2, harness.Vouchers.Count);
        AssertEntry(harness.Vouchers[1], 1355, 5520, "200.25", "2026-04-30", "Lagerværdi 2026-04: 11.234,50 → 11.034,25");
    }

    [Fact]
    public async Task RunAsync_LostAnswer_ReplaysVoucher()
    {
        await using var harness = await StockValueHarness.StartAsync(EndOfFebruary);
        await harness.RunAtAsync(EndOfFebruary, 10_000.00m);
        harness.StandIn.Faults.Add(new StandInFault { Method = "POST", PathPrefix = "/journals/4/vouchers", AcceptThenTimeout = true, Times = 1 });

        var run = harness.RunAtAsync(EndOfMarch, 11_234.50m);
        while (!run.IsCompleted)
        {
            // The client's attempt timeout and retry delay run on the fake clock, so the test moves it on.
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(TimeSpan.FromMilliseconds(5));
        }

        var result = await run;
        Assert.True(result.Succeeded, result.Message);
        Assert.Single(harness.Vouchers);
        Assert.Equal(2, harness.VoucherPosts());
        Assert.All(harness.StandIn.Requests.Where(request => request.Method == "POST"), request => Assert.True(request.HasIdempotencyKey));
        Assert.Equal("2026-60001", harness.SyncLog.Entries[^1].DocumentNumber);
    }

    private static void AssertEntry(JsonObject voucher, int account, int contraAccount, string amount, string date, string text)
    {
        var entry = Assert.Single(voucher["entries"]!["financeVouchers"]!.AsArray())!;
        Assert.Equal(account, entry["account"]!["accountNumber"]!.GetValue<int>());
        Assert.Equal(contraAccount, entry["contraAccount"]!["accountNumber"]!.GetValue<int>());
        Assert.Equal(amount, entry["amount"]!.ToJsonString());
        Assert.Equal(date, entry["date"]!.GetValue<string>());
        Assert.Equal(text, entry["text"]!.GetValue<string>());
    }
}
