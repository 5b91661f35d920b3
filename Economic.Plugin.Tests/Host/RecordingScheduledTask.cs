using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Scheduling;

namespace Economic.Plugin.Tests.Host;

/// <summary>A plugin task due one hour after its last run, whose schedule fails for the installation "broken".</summary>
internal sealed class RecordingScheduledTask(TimeProvider timeProvider) : IScheduledTask
{
    private readonly List<(DateTimeOffset Time, ScheduledRunTrigger Trigger)> _runs = [];

    public string Name => "stock-value";

    public string DisplayName => "Stock value";

    public IReadOnlyList<(DateTimeOffset Time, ScheduledRunTrigger Trigger)> Runs
    {
        get
        {
            lock (_runs)
            {
                return [.. _runs];
            }
        }
    }

    public DateTimeOffset? GetNextRun(InstallationContext installation, DateTimeOffset after) =>
        installation.InstallationId == "broken"
            ? throw new FormatException("Setting 'frequency' has the value 'hourly', which is not a known frequency.")
            : after.AddHours(1);

    public Task<ScheduledTaskResult> RunAsync(InstallationContext installation, ScheduledRunTrigger trigger, CancellationToken cancellationToken)
    {
        lock (_runs)
        {
            _runs.Add((timeProvider.GetUtcNow(), trigger));
        }

        return Task.FromResult(new ScheduledTaskResult(true, "Voucher 12 posted."));
    }
}
