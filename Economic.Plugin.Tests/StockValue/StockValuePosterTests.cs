using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.StockValue;
using Economic.Plugin.StockValue.Internal;
using Economic.Plugin.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValuePosterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero));
    private readonly FakeLedger _ledger = new();
    private readonly StoppingStateStore _state = new(new InMemoryStateStore());
    private readonly InMemorySyncLog _log = new();
    private readonly StockOnlyWarehouse _warehouse = new();
    private readonly StockValuePoster _poster;

    public StockValuePosterTests()
    {
        _poster = new StockValuePoster(_time, NullLogger<StockValuePoster>.Instance);
    }

    [Fact]
    public async Task RunAsync_FirstRun_RecordsStartingValue()
    {
        _warehouse.TotalValue = 10_000m;

        var result = await RunAsync("2026-03");

        Assert.True(result.Succeeded);
        Assert.Empty(_ledger.Posted);
        var entry = Assert.Single(_log.Entries);
        Assert.Equal(SyncStatus.Information, entry.Status);
        Assert.Contains("Recorded the starting stock value of 10,000.00", entry.Message, StringComparison.Ordinal);
        Assert.Equal(10_000m, entry.CurrentValue);
    }

    [Fact]
    public async Task RunAsync_Rise_PostsChangeAndLogsVoucher()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_234.50m;

        var result = await RunAsync("2026-03");

        Assert.True(result.Succeeded);
        var voucher = Assert.Single(_ledger.Posted);
        var line = Assert.Single(voucher.FinanceVouchers);
        Assert.Equal(5520, line.Account!.AccountNumber);
        Assert.Equal(1_234.50m, line.Amount);
        var entry = _log.Entries[^1];
        Assert.Equal(SyncStatus.Success, entry.Status);
        Assert.Equal("2026-812", entry.DocumentNumber);
        Assert.Equal(10_000m, entry.PreviousValue);
        Assert.Equal(11_234.50m, entry.CurrentValue);
        Assert.Equal(1_234.50m, entry.Difference);
    }

    [Fact]
    public async Task RunAsync_NoChange_PostsNothing()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 10_000.004m;

        var result = await RunAsync("2026-03");

        Assert.True(result.Succeeded);
        Assert.Empty(_ledger.Posted);
        Assert.Contains("unchanged", _log.Entries[^1].Message, StringComparison.Ordinal);
        Assert.Equal(0m, _log.Entries[^1].Difference);
    }

    [Fact]
    public async Task RunAsync_PeriodAlreadyPosted_PostsNothingMore()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        await RunAsync("2026-03");
        _warehouse.TotalValue = 12_000m;

        await RunAsync("2026-03");

        Assert.Single(_ledger.Posted);
        Assert.Contains("already posted as voucher 2026-812", _log.Entries[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NextPeriod_PostsNewChangeOnly()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_234.50m;
        await RunAsync("2026-03");
        _warehouse.TotalValue = 11_034.25m;

        await RunAsync("2026-04");

        var line = Assert.Single(_ledger.Posted[^1].FinanceVouchers);
        Assert.Equal(1355, line.Account!.AccountNumber);
        Assert.Equal(5520, line.ContraAccount!.AccountNumber);
        Assert.Equal(200.25m, line.Amount);
    }

    [Fact]
    public async Task RunAsync_SplitResponse_RecordsEveryVoucherNumber()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        _ledger.SplitInto = 2;

        await RunAsync("2026-03");

        Assert.Equal("2026-812, 2026-813", _log.Entries[^1].DocumentNumber);
    }

    [Fact]
    public async Task RunAsync_LostAnswer_NextRunFindsVoucher()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        _ledger.NextPostFailure = new HttpRequestException("The connection was reset");
        _ledger.FailAfterStore = true;
        var failed = await RunAsync("2026-03");
        _time.Advance(TimeSpan.FromHours(2));

        var retried = await RunAsync("2026-03");

        Assert.False(failed.Succeeded);
        Assert.Contains("The voucher may exist", _log.Entries[^3].Message, StringComparison.Ordinal);
        Assert.True(retried.Succeeded);
        Assert.Single(_ledger.Posted);
        Assert.Single(_ledger.IdempotencyKeys);
        Assert.Contains("Found voucher 2026-812 for period 2026-03", _log.Entries[^2].Message, StringComparison.Ordinal);
        Assert.Equal("2026-812", _log.Entries[^2].DocumentNumber);
        Assert.Contains("unchanged", _log.Entries[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StopBeforeRecording_PostsOnce()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        _state.StopAtNextSet = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("2026-03"));
        _time.Advance(TimeSpan.FromHours(2));

        await RunAsync("2026-03");
        _warehouse.TotalValue = 11_500m;
        await RunAsync("2026-04");

        Assert.Equal(2, _ledger.Posted.Count);
        Assert.Equal(500m, Assert.Single(_ledger.Posted[^1].FinanceVouchers).Amount);
    }

    [Fact]
    public async Task RunAsync_LostRequest_RetriesWithSameKey()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        _ledger.NextPostFailure = new TaskCanceledException("The request timed out");
        await RunAsync("2026-03");
        _time.Advance(TimeSpan.FromHours(2));

        var retried = await RunAsync("2026-03");

        Assert.True(retried.Succeeded);
        Assert.Single(_ledger.Posted);
        Assert.Equal(2, _ledger.IdempotencyKeys.Count);
        Assert.Equal(_ledger.IdempotencyKeys[0], _ledger.IdempotencyKeys[1]);
    }

    [Fact]
    public async Task RunAsync_ClaimedJournalRemoved_ReleasesClaimAndPosts()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        _ledger.NextPostFailure = new TaskCanceledException("The request timed out");
        await RunAsync("2026-03");
        _ledger.Journals[0] = new Journal { JournalNumber = 5, Name = "Lager ny" };
        _time.Advance(TimeSpan.FromHours(2));

        var result = await RunAsync("2026-03", journalNumber: 5);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(5, Assert.Single(_ledger.Posted).Journal!.JournalNumber);
    }

    [Fact]
    public async Task RunAsync_FreshClaim_PostsNothing()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        _ledger.NextPostFailure = new TaskCanceledException("The request timed out");
        await RunAsync("2026-03");

        await RunAsync("2026-03");

        Assert.Empty(_ledger.Posted);
        Assert.Contains("being posted by another run", _log.Entries[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoAccountingYear_AsksToCreateYear()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        _ledger.Years.Clear();
        _ledger.Years.Add(new() { Year = "2025", FromDate = new(2025, 1, 1), ToDate = new(2025, 12, 31) });

        var result = await RunAsync("2026-03");

        Assert.False(result.Succeeded);
        Assert.Empty(_ledger.Posted);
        Assert.Equal(SyncStatus.Error, _log.Entries[^1].Status);
        Assert.Contains("Create accounting year 2026 in e-conomic", _log.Entries[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BarredAccount_LaterRunPosts()
    {
        await StartAtAsync(10_000m);
        _warehouse.TotalValue = 11_000m;
        _ledger.Accounts[1] = _ledger.Accounts[1] with { Barred = true };
        var failed = await RunAsync("2026-03");
        _ledger.Accounts[1] = _ledger.Accounts[1] with { Barred = false };

        var retried = await RunAsync("2026-03");

        Assert.False(failed.Succeeded);
        Assert.Contains("Credit account 1355 (Lagerregulering) is barred", _log.Entries[^2].Message, StringComparison.Ordinal);
        Assert.True(retried.Succeeded);
        Assert.Single(_ledger.Posted);
    }

    [Fact]
    public void IdempotencyKeyFor_SamePeriod_IsStable()
    {
        var first = PeriodClaim.IdempotencyKeyFor("shop-1", "2026-03");

        Assert.Equal(first, PeriodClaim.IdempotencyKeyFor("shop-1", "2026-03"));
        Assert.NotEqual(first, PeriodClaim.IdempotencyKeyFor("shop-2", "2026-03"));
        Assert.NotEqual(first, PeriodClaim.IdempotencyKeyFor("shop-1", "2026-04"));
        Assert.StartsWith("stock-value-2026-03-", first, StringComparison.Ordinal);
    }

    private async Task StartAtAsync(decimal value)
    {
        _warehouse.TotalValue = value;
        await RunAsync("2026-02");
    }

    private Task<ScheduledTaskResult> RunAsync(string periodKey, int journalNumber = 3)
    {
        var installation = new InstallationContext("shop-1", new PluginSettings(new Dictionary<string, string?>()), _state, _log, _warehouse);
        var run = new StockValueRun(installation, new StockValueTarget(journalNumber, 5520, 1355), periodKey, new DateOnly(2026, 3, 31), ScheduledRunTrigger.Schedule);

        return _poster.RunAsync(run, _ledger, CancellationToken.None);
    }
}
