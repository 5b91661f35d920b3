using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SmartPack.SampleHost.Storage;

namespace Economic.Plugin.Tests.Host;

public sealed class SqliteSyncLogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(HostTestEnvironment.Start);
    private readonly SqliteSyncLog _log;

    public SqliteSyncLogTests() =>
        _log = new SqliteSyncLog(new SqliteDatabase(_folder.Combine("data", "smartpack.db")), _time, "shop-a");

    [Fact]
    public async Task Write_WithoutTime_StampsClockAndKeepsEveryField()
    {
        var entry = new SyncLogEntry(SyncArea.StockValue, SyncStatus.Success, "Voucher 12 posted.")
        {
            Reference = "2026-01",
            ErrorDetail = "detail",
            ErrorCode = "E06600",
            LogId = "log-1",
            HttpStatus = 400,
            PreviousValue = 1000.10m,
            CurrentValue = 1250.35m,
            Difference = 250.25m,
            DocumentNumber = "12",
        };

        await _log.WriteAsync(entry, CancellationToken.None);

        var stored = Assert.Single(await _log.QueryAsync(new SyncLogQuery(), CancellationToken.None));
        Assert.Equal(entry with { Time = HostTestEnvironment.Start }, stored);
    }

    [Fact]
    public async Task Query_AreaAndStatusFilter_NewestFirst()
    {
        await _log.WriteAsync(new SyncLogEntry(SyncArea.Orders, SyncStatus.Error, "first"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await _log.WriteAsync(new SyncLogEntry(SyncArea.Products, SyncStatus.Error, "product"), CancellationToken.None);
        await _log.WriteAsync(new SyncLogEntry(SyncArea.Orders, SyncStatus.Success, "ok"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await _log.WriteAsync(new SyncLogEntry(SyncArea.Orders, SyncStatus.Error, "second"), CancellationToken.None);

        var errors = await _log.QueryAsync(new SyncLogQuery { Area = SyncArea.Orders, Status = SyncStatus.Error }, CancellationToken.None);
        var all = await _log.QueryAsync(new SyncLogQuery(), CancellationToken.None);

        Assert.Equal(["second", "first"], errors.Select(entry => entry.Message));
        Assert.Equal(["second", "ok", "product", "first"], all.Select(entry => entry.Message));
    }

    public void Dispose() => _folder.Dispose();
}
