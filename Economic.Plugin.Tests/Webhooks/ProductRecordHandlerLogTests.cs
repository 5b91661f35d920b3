using Economic.Plugin.Tests.EconomicApi;
using Economic.Plugin.Webhooks;
using Economic.Plugin.Webhooks.Internal;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Tests.Webhooks;

public sealed class ProductRecordHandlerLogTests : IAsyncLifetime
{
    private ScriptedEconomicServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedEconomicServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TryApplyCurrent_DeletedProduct_LogsThe404AtDebugOnly()
    {
        _server.Fallback = _ => ScriptedResponse.Error(404);
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var run = new QueueRun(plugin.Installation, plugin.CreateSession);
        var record = new PendingRecord { RecordType = WebhookRecordType.Product, Number = "02970" };

        var found = await new ProductRecordHandler().TryApplyCurrentAsync(run, record, CancellationToken.None);

        Assert.False(found);
        var logs = plugin.Logs.GetSnapshot();
        Assert.Contains(logs, log => log.Id.Id == 1003 && log.Level == LogLevel.Debug && log.Message.Contains("02970", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, log => log.Level >= LogLevel.Warning);
    }
}
