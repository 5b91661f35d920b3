using System.Net;
using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Tests.Fakes;
using Economic.Plugin.Webhooks;
using Economic.Plugin.Webhooks.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.Webhooks;

public sealed class WebhookQueueProcessorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStateStore _state = new();
    private readonly InMemorySyncLog _syncLog = new();
    private readonly WebhookQueueOptions _options = new()
    {
        NotFoundRetryDelays = [TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40)],
        FailureRetryDelay = TimeSpan.FromMinutes(1),
    };

    private readonly WebhookQueue _queue;

    public WebhookQueueProcessorTests()
    {
        _queue = new WebhookQueue(_time, Options.Create(_options));
    }

    [Fact]
    public async Task Drain_FoundRecord_AppliesOnceAndEmptiesQueue()
    {
        var handler = new ScriptedRecordHandler(WebhookRecordType.Product, true);
        await RecordAsync(WebhookEvent.ProductUpdated, "A100", "A100", times: 50);

        var completed = await DrainAsync(handler);

        Assert.True(completed);
        Assert.Single(handler.Reads);
        Assert.Equal(0, await WebhookQueue.CountAsync(_state, CancellationToken.None));
    }

    [Fact]
    public async Task Drain_NotFoundTwiceThenFound_ReadsThreeTimesAndApplies()
    {
        var handler = new ScriptedRecordHandler(WebhookRecordType.Product, false, false, true);
        await RecordAsync(WebhookEvent.ProductUpdated, "P-9001", "P-9001");

        await DrainAsync(handler);
        await DrainAsync(handler);
        _time.Advance(TimeSpan.FromSeconds(20));
        await DrainAsync(handler);
        _time.Advance(TimeSpan.FromSeconds(40));
        await DrainAsync(handler);

        Assert.Equal(3, handler.Reads.Count);
        Assert.Empty(handler.Deletions);
        Assert.Equal(0, await WebhookQueue.CountAsync(_state, CancellationToken.None));
    }

    [Fact]
    public async Task Drain_NotFoundThreeTimes_AppliesDeletion()
    {
        var handler = new ScriptedRecordHandler(WebhookRecordType.Product, false);
        await RecordAsync(WebhookEvent.ProductUpdated, "A100", "A100");

        await DrainAsync(handler);
        _time.Advance(TimeSpan.FromSeconds(20));
        await DrainAsync(handler);
        Assert.Empty(handler.Deletions);
        _time.Advance(TimeSpan.FromSeconds(40));
        await DrainAsync(handler);

        Assert.Equal(3, handler.Reads.Count);
        Assert.Equal("A100", Assert.Single(handler.Deletions).Number);
        Assert.Equal(0, await WebhookQueue.CountAsync(_state, CancellationToken.None));
    }

    [Fact]
    public async Task Drain_DeletionCallAndNotFound_DeletesAtOnce()
    {
        var handler = new ScriptedRecordHandler(WebhookRecordType.Order, false);
        await RecordAsync(WebhookEvent.OrderDeleted, "1042", "1042");

        await DrainAsync(handler);

        Assert.Single(handler.Reads);
        Assert.Equal("1042", Assert.Single(handler.Deletions).Number);
    }

    [Fact]
    public async Task Drain_CallDuringRead_ReadsRecordOnceMore()
    {
        var handler = new ScriptedRecordHandler(WebhookRecordType.Product, true);
        var arrived = false;
        handler.DuringRead = async _ =>
        {
            if (!arrived)
            {
                arrived = true;
                await RecordAsync(WebhookEvent.ProductUpdated, "A100", "A100");
            }
        };
        await RecordAsync(WebhookEvent.ProductUpdated, "A100", "A100");

        await DrainAsync(handler);

        Assert.Equal(2, handler.Reads.Count);
        Assert.Equal(0, await WebhookQueue.CountAsync(_state, CancellationToken.None));
    }

    [Fact]
    public async Task Drain_TransientFailure_StopsRunAndKeepsEntry()
    {
        var handler = new ScriptedRecordHandler(WebhookRecordType.Product, new HttpRequestException("Connection refused."), true);
        await RecordAsync(WebhookEvent.ProductUpdated, "A100", "A100");
        await RecordAsync(WebhookEvent.ProductUpdated, "B200", "B200");

        var completed = await DrainAsync(handler);

        Assert.False(completed);
        Assert.Single(handler.Reads);
        Assert.Equal(2, await WebhookQueue.CountAsync(_state, CancellationToken.None));
        var entry = Assert.Single(_syncLog.Entries);
        Assert.Equal(SyncStatus.Warning, entry.Status);
        Assert.Contains("Connection refused.", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drain_AfterFailureDelay_ReadsAgain()
    {
        var handler = new ScriptedRecordHandler(WebhookRecordType.Product, new HttpRequestException("Connection refused."), true);
        await RecordAsync(WebhookEvent.ProductUpdated, "A100", "A100");

        await DrainAsync(handler);
        await DrainAsync(handler);
        Assert.Single(handler.Reads);
        _time.Advance(TimeSpan.FromMinutes(1));
        await DrainAsync(handler);

        Assert.Equal(2, handler.Reads.Count);
        Assert.Equal(0, await WebhookQueue.CountAsync(_state, CancellationToken.None));
    }

    [Fact]
    public async Task Drain_InvalidRecord_DropsItWithErrorEntry()
    {
        var handler = new ScriptedRecordHandler(WebhookRecordType.Order, new InvalidDataException("Order number 'X1' is not a whole number."));
        await RecordAsync(WebhookEvent.OrderUpdated, "X1", "X1");

        var completed = await DrainAsync(handler);

        Assert.True(completed);
        var entry = Assert.Single(_syncLog.Entries);
        Assert.Equal(SyncStatus.Error, entry.Status);
        Assert.Equal("X1", entry.Reference);
        Assert.Equal(0, await WebhookQueue.CountAsync(_state, CancellationToken.None));
    }

    [Fact]
    public async Task Drain_RecordRejectedWith400_DropsItAndAppliesNextInSameDrain()
    {
        var body = new EconomicErrorBody { Message = "The product number is not valid.", ErrorCode = "E04300", LogId = "log-0400" };
        var rejected = new EconomicApiException(HttpStatusCode.BadRequest, "GET", "/products/A100", body);
        var handler = new ScriptedRecordHandler(WebhookRecordType.Product, rejected, true);
        await RecordAsync(WebhookEvent.ProductUpdated, "A100", "A100");
        await RecordAsync(WebhookEvent.ProductUpdated, "B200", "B200");

        var completed = await DrainAsync(handler);

        Assert.True(completed);
        Assert.Equal(["A100", "B200"], handler.Reads.Select(record => record.Number));
        Assert.Equal(0, await WebhookQueue.CountAsync(_state, CancellationToken.None));
        var entry = Assert.Single(_syncLog.Entries);
        Assert.Equal(SyncStatus.Error, entry.Status);
        Assert.Equal("A100", entry.Reference);
        Assert.Equal(400, entry.HttpStatus);
        Assert.Equal("The product number is not valid.", entry.ErrorDetail);
        Assert.Equal("E04300", entry.ErrorCode);
        Assert.Equal("log-0400", entry.LogId);
        Assert.Contains("product 'A100'", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Drain_FailureEveryRecordMeets_PausesAndKeepsBoth(HttpStatusCode status)
    {
        var failure = new EconomicApiException(status, "GET", "/products/A100", new EconomicErrorBody());
        var handler = new ScriptedRecordHandler(WebhookRecordType.Product, failure, true);
        await RecordAsync(WebhookEvent.ProductUpdated, "A100", "A100");
        await RecordAsync(WebhookEvent.ProductUpdated, "B200", "B200");

        var completed = await DrainAsync(handler);

        Assert.False(completed);
        Assert.Single(handler.Reads);
        Assert.Equal(2, await WebhookQueue.CountAsync(_state, CancellationToken.None));
    }

    private async Task RecordAsync(WebhookEvent webhookEvent, string old, string @new, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            await _queue.RecordAsync(_state, new WebhookCall(webhookEvent, old, @new), CancellationToken.None);
        }
    }

    private async Task<bool> DrainAsync(params IQueuedRecordHandler[] handlers)
    {
        var processor = new WebhookQueueProcessor(_queue, new WebhookQueuePause(_time, Options.Create(_options)), handlers, Options.Create(_options), _time, NullLogger<WebhookQueueProcessor>.Instance);
        var installation = new InstallationContext("shop-1", new PluginSettings(new Dictionary<string, string?>()), _state, _syncLog, new UnusedWarehouse());
        using var run = new QueueRun(installation, () => throw new InvalidOperationException("The scripted handlers need no e-conomic session."));

        return await processor.DrainAsync(run, CancellationToken.None);
    }
}
