using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Webhooks;
using Economic.Plugin.Tests.Fakes;
using Economic.Plugin.Webhooks;
using Economic.Plugin.Webhooks.Internal;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.Webhooks;

public sealed class EconomicWebhookHandlerTests
{
    private const string Secret = "s3cret-Ab9";

    private readonly InMemoryStateStore _state = new();
    private readonly FakeLogger<EconomicWebhookHandler> _logger = new();
    private readonly EconomicWebhookHandler _handler;

    public EconomicWebhookHandlerTests()
    {
        var queue = new WebhookQueue(new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero)), Options.Create(new WebhookQueueOptions()));
        _handler = new EconomicWebhookHandler(queue, _logger);
    }

    [Theory]
    [InlineData("wrong/product-updated")]
    [InlineData("s3cret-Ab/product-updated")]
    [InlineData("s3cret-Ab9x/product-updated")]
    [InlineData("S3CRET-AB9/product-updated")]
    [InlineData("product-updated")]
    [InlineData("")]
    public async Task HandleWebhook_WrongOrMissingSecret_Returns401AndRecordsNothing(string path)
    {
        var request = Post(path, old: "A100", @new: "A100");

        var response = await _handler.HandleWebhookAsync(Installation(), request, CancellationToken.None);

        Assert.Equal(401, response.StatusCode);
        Assert.Empty(await _state.ListAsync(string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task HandleWebhook_NoSecretConfigured_Returns401()
    {
        var installation = Installation(secret: null);

        var response = await _handler.HandleWebhookAsync(installation, Post($"/product-updated", "A100", "A100"), CancellationToken.None);

        Assert.Equal(401, response.StatusCode);
        Assert.Empty(await _state.ListAsync(string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task HandleWebhook_WrongSecret_LogsNoSecret()
    {
        await _handler.HandleWebhookAsync(Installation(), Post("guess-123/product-updated", "A1", "A1"), CancellationToken.None);
        await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "A1", "A1"), CancellationToken.None);

        var messages = _logger.Collector.GetSnapshot().Select(record => record.Message).ToList();
        Assert.NotEmpty(messages);
        Assert.DoesNotContain(messages, message => message.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(messages, message => message.Contains("guess-123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleWebhook_FormBody_Returns202AndRecordsEntry()
    {
        var response = await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "A100", "A100"), CancellationToken.None);

        Assert.Equal(202, response.StatusCode);
        var record = await SingleEntryAsync();
        Assert.Equal(WebhookRecordType.Product, record.RecordType);
        Assert.Equal("A100", record.Number);
        Assert.Null(record.PreviousNumber);
        Assert.False(record.DeletionSignalled);
    }

    [Fact]
    public async Task HandleWebhook_QueryOnGet_Returns202AndRecordsEntry()
    {
        var request = new WebhookRequest
        {
            Method = "GET",
            Path = $"{Secret}/order-updated",
            Query = new Dictionary<string, string> { ["old"] = "1042", ["new"] = "1042" },
        };

        var response = await _handler.HandleWebhookAsync(Installation(), request, CancellationToken.None);

        Assert.Equal(202, response.StatusCode);
        var record = await SingleEntryAsync();
        Assert.Equal(WebhookRecordType.Order, record.RecordType);
        Assert.Equal("1042", record.Number);
    }

    [Fact]
    public async Task HandleWebhook_EventNameInOtherCase_IsAccepted()
    {
        var response = await _handler.HandleWebhookAsync(Installation(), Post($"/{Secret}/Product-Updated/", "7", "7"), CancellationToken.None);

        Assert.Equal(202, response.StatusCode);
    }

    [Theory]
    [InlineData("customer-updated")]
    [InlineData("product-updated/extra")]
    [InlineData("")]
    public async Task HandleWebhook_UnknownEvent_Returns404AndRecordsNothing(string eventPath)
    {
        var response = await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/{eventPath}", "A1", "A1"), CancellationToken.None);

        Assert.Equal(404, response.StatusCode);
        Assert.Empty(await _state.ListAsync(string.Empty, CancellationToken.None));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("[OLDNUMBER]", "[NEWNUMBER]")]
    [InlineData("  ", "")]
    public async Task HandleWebhook_NoNumber_Returns400AndRecordsNothing(string old, string @new)
    {
        var response = await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", old, @new), CancellationToken.None);

        Assert.Equal(400, response.StatusCode);
        Assert.Empty(await _state.ListAsync(string.Empty, CancellationToken.None));
    }

    [Theory]
    [InlineData("order-updated", "X1", "X1", "'X1'")]
    [InlineData("order-updated", "1042", "0", "'0'")]
    [InlineData("order-deleted", "-5", "", "'-5'")]
    [InlineData("product-updated", "A1", "P-123456789012345678901234", "'P-123456789012345678901234'")]
    public async Task HandleWebhook_InvalidNumber_Returns400NamingItAndRecordsNothing(string eventPath, string old, string @new, string named)
    {
        var response = await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/{eventPath}", old, @new), CancellationToken.None);

        Assert.Equal(400, response.StatusCode);
        Assert.Contains(named, response.Body, StringComparison.Ordinal);
        Assert.Empty(await _state.ListAsync(string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task HandleWebhook_ProductNumberOf25Characters_IsRecorded()
    {
        var response = await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "", "P-12345678901234567890123"), CancellationToken.None);

        Assert.Equal(202, response.StatusCode);
        Assert.Equal("P-12345678901234567890123", (await SingleEntryAsync()).Number);
    }

    [Fact]
    public async Task HandleWebhook_PutMethod_Returns405()
    {
        var request = Post($"{Secret}/product-updated", "A1", "A1") with { Method = "PUT" };

        var response = await _handler.HandleWebhookAsync(Installation(), request, CancellationToken.None);

        Assert.Equal(405, response.StatusCode);
    }

    [Fact]
    public async Task HandleWebhook_ThousandCallsForOneProduct_LeaveOneEntry()
    {
        var calls = Enumerable.Range(0, 1000)
            .Select(_ => _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "00 1/2_x.y", "00 1/2_x.y"), CancellationToken.None));

        var responses = await Task.WhenAll(calls);

        Assert.All(responses, response => Assert.Equal(202, response.StatusCode));
        var record = await SingleEntryAsync();
        Assert.Equal("00 1/2_x.y", record.Number);
        Assert.Equal(1000, record.Calls);
    }

    [Fact]
    public async Task HandleWebhook_Renumber_KeysOnNewNumberAndKeepsOld()
    {
        await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "A100", "A100-B"), CancellationToken.None);
        await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "A100-B", "A100-B"), CancellationToken.None);

        var record = await SingleEntryAsync();
        Assert.Equal("A100-B", record.Number);
        Assert.Equal("A100", record.PreviousNumber);
    }

    [Fact]
    public async Task HandleWebhook_RenumberedTwiceBeforeProcessing_MovesFromFirstNumber()
    {
        await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "A", "B"), CancellationToken.None);
        await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "B", "C"), CancellationToken.None);

        var record = await SingleEntryAsync();
        Assert.Equal("C", record.Number);
        Assert.Equal("A", record.PreviousNumber);
    }

    [Theory]
    [InlineData("product-updated", "A100", "")]
    [InlineData("order-deleted", "1042", "1042")]
    [InlineData("order-deleted", "1042", "")]
    public async Task HandleWebhook_DeletionCall_SignalsDeletion(string eventPath, string old, string @new)
    {
        await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/{eventPath}", old, @new), CancellationToken.None);

        var record = await SingleEntryAsync();
        Assert.Equal(old, record.Number);
        Assert.True(record.DeletionSignalled);
    }

    [Fact]
    public async Task HandleWebhook_CreateCall_KeysOnNewNumber()
    {
        await _handler.HandleWebhookAsync(Installation(), Post($"{Secret}/product-updated", "", "B7"), CancellationToken.None);

        var record = await SingleEntryAsync();
        Assert.Equal("B7", record.Number);
        Assert.Null(record.PreviousNumber);
        Assert.False(record.DeletionSignalled);
    }

    [Fact]
    public async Task HandleWebhook_FormAndQuery_FormWins()
    {
        var request = Post($"{Secret}/product-updated", "F1", "F1") with
        {
            Query = new Dictionary<string, string> { ["old"] = "Q1", ["new"] = "Q1" },
        };

        await _handler.HandleWebhookAsync(Installation(), request, CancellationToken.None);

        Assert.Equal("F1", (await SingleEntryAsync()).Number);
    }

    private static WebhookRequest Post(string path, string old, string @new) => new()
    {
        Method = "POST",
        Path = path,
        ContentType = "application/x-www-form-urlencoded",
        Form = new Dictionary<string, string> { ["old"] = old, ["new"] = @new },
    };

    private InstallationContext Installation(string? secret = Secret)
    {
        var settings = new PluginSettings(new Dictionary<string, string?> { ["webhookSecret"] = secret }, ["webhookSecret"]);

        return new InstallationContext("shop-1", settings, _state, new InMemorySyncLog(), new UnusedWarehouse());
    }

    private async Task<PendingRecord> SingleEntryAsync()
    {
        var entry = Assert.Single(await _state.ListAsync(WebhookQueue.KeyPrefix, CancellationToken.None));
        return WebhookQueueJson.Deserialize(entry.Value)!;
    }
}
