using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Abstractions.Orders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartPack.SampleHost.Packing;
using SmartPack.SampleHost.Storage;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class PackedEventQueueTests
{

    [Fact]
    public async Task MarkPacked_WithQuantities_SetsStatusAndQueuesPackedLines()
    {
        await using var fixture = await PackingHost.StartAsync();
        var result = await fixture.Packing.MarkPackedAsync("shop-a", "1042", [new PackedLineQuantity(1, 2.5m)], CancellationToken.None);

        Assert.NotNull(result.EventId);
        var stored = await fixture.Host.Installations.GetWarehouse("shop-a").GetOrderAsync("1042", CancellationToken.None);
        Assert.Equal(WarehouseOrderStatus.Packed, stored?.Status);
        var queued = Assert.Single(await fixture.Packing.ListAsync("shop-a", CancellationToken.None));
        Assert.Equal(PackedEventStatus.Queued, queued.Status);
        Assert.Equal("WMS-1042", queued.Event.WarehouseReference);
        Assert.Equal(new PackedLine(1, "A100", 2.5m), Assert.Single(queued.Event.Lines));
    }

    [Fact]
    public async Task MarkPacked_WithoutQuantities_PacksEveryLineInFull()
    {
        await using var fixture = await PackingHost.StartAsync();
        await fixture.Packing.MarkPackedAsync("shop-a", "1042", null, CancellationToken.None);

        var queued = Assert.Single(await fixture.Packing.ListAsync("shop-a", CancellationToken.None));
        Assert.Equal(new PackedLine(1, "A100", 4m), Assert.Single(queued.Event.Lines));
    }

    [Fact]
    public async Task MarkPacked_UnknownLine_RejectsAndQueuesNothing()
    {
        await using var fixture = await PackingHost.StartAsync();
        var result = await fixture.Packing.MarkPackedAsync("shop-a", "1042", [new PackedLineQuantity(9, 1m)], CancellationToken.None);

        Assert.Null(result.EventId);
        Assert.Contains("Line 9", result.Error, StringComparison.Ordinal);
        Assert.Empty(await fixture.Packing.ListAsync("shop-a", CancellationToken.None));
    }

    [Fact]
    public async Task DispatchDue_Completed_DeliversOnce()
    {
        await using var fixture = await PackingHost.StartAsync();
        await fixture.Packing.MarkPackedAsync("shop-a", "1042", null, CancellationToken.None);

        var first = await fixture.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var second = await fixture.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Single(fixture.Handler.Deliveries);
        Assert.Equal(PackedEventStatus.Completed, Assert.Single(await fixture.Packing.ListAsync("shop-a", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task DispatchDue_RetryLater_WaitsUntilRetryTime()
    {
        await using var fixture = await PackingHost.StartAsync();
        fixture.Handler.Enqueue(new PackedEventOutcome(PackedEventDisposition.RetryLater, "e-conomic timed out.") { RetryAfter = TimeSpan.FromMinutes(2) });
        await fixture.Packing.MarkPackedAsync("shop-a", "1042", null, CancellationToken.None);
        await fixture.Dispatcher.DispatchDueAsync(CancellationToken.None);

        fixture.Host.Time.Advance(TimeSpan.FromMinutes(1));
        var early = await fixture.Dispatcher.DispatchDueAsync(CancellationToken.None);
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await fixture.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(2, fixture.Handler.Deliveries.Count);
        Assert.Equal(PackedEventStatus.Completed, Assert.Single(await fixture.Packing.ListAsync("shop-a", CancellationToken.None)).Status);
    }

    [Fact]
    public async Task RetryFailed_FailedEvent_RedeliversAsAdminRetry()
    {
        await using var fixture = await PackingHost.StartAsync();
        fixture.Handler.Enqueue(new PackedEventOutcome(PackedEventDisposition.Failed, "Product A100 is barred."));
        await fixture.Packing.MarkPackedAsync("shop-a", "1042", null, CancellationToken.None);
        await fixture.Dispatcher.DispatchDueAsync(CancellationToken.None);
        var failed = Assert.Single(await fixture.Packing.ListAsync("shop-a", CancellationToken.None));
        var untouched = await fixture.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var requeued = await fixture.Packing.RetryFailedAsync("shop-a", "1042", CancellationToken.None);
        await fixture.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(PackedEventStatus.Failed, failed.Status);
        Assert.Equal("Product A100 is barred.", failed.LastMessage);
        Assert.Equal(0, untouched);
        Assert.Equal(1, requeued);
        Assert.Collection(
            fixture.Handler.Deliveries,
            first => Assert.False(first.IsAdminRetry),
            retry => Assert.True(retry.IsAdminRetry));
    }

    [Fact]
    public async Task Worker_EventQueued_DeliversWithoutPolling()
    {
        await using var fixture = await PackingHost.StartAsync();
        using var worker = new PackedEventWorker(
            fixture.Dispatcher,
            fixture.Host.Get<PackedEventSignal>(),
            fixture.Host.Time,
            fixture.Host.Get<IOptions<PackingOptions>>(),
            NullLogger<PackedEventWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);

        await fixture.Packing.MarkPackedAsync("shop-a", "1042", null, CancellationToken.None);
        var delivered = await WaitUntilAsync(() => !fixture.Handler.Deliveries.IsEmpty);
        await worker.StopAsync(CancellationToken.None);

        Assert.True(delivered, "The worker did not deliver the queued event.");
        Assert.Single(fixture.Handler.Deliveries);
    }

    [Fact]
    public async Task Queue_AfterRestart_StillHoldsEvent()
    {
        await using var fixture = await PackingHost.StartAsync();
        await fixture.Packing.MarkPackedAsync("shop-a", "1042", [new PackedLineQuantity(1, 1.5m)], CancellationToken.None);

        var reopened = new PackedEventStore(new SqliteDatabase(fixture.Host.DatabasePath));
        var events = await reopened.TakeDueAsync(fixture.Host.Time.GetUtcNow(), fixture.Host.Time.GetUtcNow().AddMinutes(1), 10, CancellationToken.None);

        var item = Assert.Single(events);
        Assert.Equal("1042", item.Event.OrderNumber);
        Assert.Equal(1.5m, Assert.Single(item.Event.Lines).PackedQuantity);
    }

    // The fake clock never advances here, so only the queue signal can wake the worker.
    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        return condition();
    }
}
