using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Webhooks.Internal;
using Microsoft.Extensions.Options;

namespace Economic.Plugin.Webhooks;

/// <summary>The scheduled task that drains the webhook queue every few seconds.</summary>
internal sealed class WebhookQueueTask(
    WebhookQueueProcessor processor,
    EconomicSessionFactory sessionFactory,
    IOptions<WebhookQueueOptions> options) : IScheduledTask
{
    public const string TaskName = "webhook-queue";

    private readonly WebhookQueueOptions _options = options.Value;

    public string Name => TaskName;

    public string DisplayName => "e-conomic webhook queue";

    public DateTimeOffset? GetNextRun(InstallationContext installation, DateTimeOffset after) => after + _options.RunInterval;

    public async Task<ScheduledTaskResult> RunAsync(
        InstallationContext installation,
        ScheduledRunTrigger trigger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);

        using var run = new QueueRun(installation, () => sessionFactory.Create(installation));
        var completed = await processor.DrainAsync(run, cancellationToken);
        var waiting = await WebhookQueue.CountAsync(installation.State, cancellationToken);
        var message = $"Applied {run.Applied} records from webhooks with {run.ApiCalls} e-conomic requests; {waiting} wait for a later run.";

        return new ScheduledTaskResult(completed, completed ? message : message + " A failure paused the queue; see the sync log for the reason.");
    }
}
