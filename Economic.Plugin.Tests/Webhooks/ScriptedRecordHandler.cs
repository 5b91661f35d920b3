using Economic.Plugin.Webhooks;
using Economic.Plugin.Webhooks.Internal;

namespace Economic.Plugin.Tests.Webhooks;

/// <summary>A record handler whose re-reads return scripted outcomes: true (found), false (not found) or an exception.</summary>
internal sealed class ScriptedRecordHandler(WebhookRecordType recordType, params object[] outcomes) : IQueuedRecordHandler
{
    private int _reads;

    public WebhookRecordType RecordType => recordType;

    public List<PendingRecord> Reads { get; } = [];

    public List<PendingRecord> Deletions { get; } = [];

    public Func<PendingRecord, Task>? DuringRead { get; set; }

    public async Task<bool> TryApplyCurrentAsync(QueueRun run, PendingRecord record, CancellationToken cancellationToken)
    {
        Reads.Add(record);
        var outcome = outcomes[Math.Min(_reads++, outcomes.Length - 1)];
        if (DuringRead is { } duringRead)
        {
            await duringRead(record);
        }

        return outcome is Exception exception ? throw exception : (bool)outcome;
    }

    public Task ApplyDeletedAsync(QueueRun run, PendingRecord record, CancellationToken cancellationToken)
    {
        Deletions.Add(record);
        return Task.CompletedTask;
    }
}
