using Economic.Plugin.Tests.Fakes;
using Economic.Plugin.Webhooks;
using Economic.Plugin.Webhooks.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.Webhooks;

public sealed class WebhookQueueTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStateStore _state = new();
    private readonly WebhookQueueOptions _options = new() { RemovalPollInterval = TimeSpan.FromMilliseconds(1), RemovalPollAttempts = 3 };

    [Fact]
    public async Task TryComplete_EntryChangedSinceRead_KeepsEntry()
    {
        var queue = new WebhookQueue(_time, Options.Create(_options));
        await queue.RecordAsync(_state, Call("A100"), CancellationToken.None);
        var item = Assert.Single(await queue.ListDueAsync(_state, CancellationToken.None));
        await queue.RecordAsync(_state, Call("A100"), CancellationToken.None);

        var completed = await queue.TryCompleteAsync(_state, item, CancellationToken.None);

        Assert.False(completed);
        var pending = Assert.Single(await queue.ListDueAsync(_state, CancellationToken.None));
        Assert.Equal(2, pending.Record.Calls);
    }

    [Fact]
    public async Task Record_EntryLeftMarkedForRemoval_TakesItOver()
    {
        var queue = new WebhookQueue(_time, Options.Create(_options));
        var key = WebhookQueue.KeyFor(WebhookRecordType.Product, "A100");
        var marked = new PendingRecord { RecordType = WebhookRecordType.Product, Number = "A100", Calls = 7, RemovingSince = _time.GetUtcNow() };
        await _state.SetAsync(key, WebhookQueueJson.Serialize(marked), CancellationToken.None);

        await queue.RecordAsync(_state, Call("A100"), CancellationToken.None);

        var pending = Assert.Single(await queue.ListDueAsync(_state, CancellationToken.None));
        Assert.Equal(1, pending.Record.Calls);
        Assert.Null(pending.Record.RemovingSince);
    }

    [Fact]
    public async Task ListDue_StaleRemovalMark_IsDeleted()
    {
        var queue = new WebhookQueue(_time, Options.Create(_options));
        var key = WebhookQueue.KeyFor(WebhookRecordType.Product, "A100");
        var marked = new PendingRecord { RecordType = WebhookRecordType.Product, Number = "A100", RemovingSince = _time.GetUtcNow() };
        await _state.SetAsync(key, WebhookQueueJson.Serialize(marked), CancellationToken.None);
        _time.Advance(_options.StaleRemovalAge + TimeSpan.FromSeconds(1));

        var due = await queue.ListDueAsync(_state, CancellationToken.None);

        Assert.Empty(due);
        Assert.Null(await _state.GetAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task ListDue_PostponedEntry_IsDueOnlyAfterItsTime()
    {
        var queue = new WebhookQueue(_time, Options.Create(_options));
        await queue.RecordAsync(_state, Call("A100"), CancellationToken.None);
        var item = Assert.Single(await queue.ListDueAsync(_state, CancellationToken.None));
        await WebhookQueue.TryPostponeAsync(_state, item, 1, _time.GetUtcNow().AddSeconds(20), CancellationToken.None);

        var before = await queue.ListDueAsync(_state, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(20));
        var after = await queue.ListDueAsync(_state, CancellationToken.None);

        Assert.Empty(before);
        Assert.Equal(1, Assert.Single(after).Record.NotFoundCount);
    }

    [Fact]
    public async Task Record_ConcurrentCallsDuringCompletion_LoseNothing()
    {
        var queue = new WebhookQueue(_time, Options.Create(new WebhookQueueOptions { RemovalPollInterval = TimeSpan.FromMilliseconds(1) }));
        var calls = 0;
        var recorded = Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                await queue.RecordAsync(_state, Call("A100"), CancellationToken.None);
                Interlocked.Increment(ref calls);
            }
        });

        var processed = 0;
        while (!recorded.IsCompleted || (await queue.ListDueAsync(_state, CancellationToken.None)).Count > 0)
        {
            foreach (var item in await queue.ListDueAsync(_state, CancellationToken.None))
            {
                if (await queue.TryCompleteAsync(_state, item, CancellationToken.None))
                {
                    processed += item.Record.Calls;
                }
            }
        }

        await recorded;
        Assert.Equal(300, calls);
        Assert.Equal(300, processed);
    }

    private static WebhookCall Call(string number) => new(WebhookEvent.ProductUpdated, number, number);
}
