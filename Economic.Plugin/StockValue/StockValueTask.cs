using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.StockValue;

/// <summary>
/// The scheduled task "stock-value": posts the change in the warehouse's stock value to the
/// configured e-conomic journal on the configured schedule, and at once on "sync now".
/// </summary>
internal sealed class StockValueTask(
    EconomicSessionFactory sessionFactory,
    StockValuePoster poster,
    TimeProvider timeProvider) : IScheduledTask
{
    /// <summary>The task's stable key, under which the host stores its run times.</summary>
    public const string TaskName = "stock-value";

    public string Name => TaskName;

    public string DisplayName => "Stock value posting";

    /// <summary>Returns the next scheduled run, or null when posting is off or its settings are invalid.</summary>
    public DateTimeOffset? GetNextRun(InstallationContext installation, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(installation);

        if (!StockValueSettings.TryRead(installation.Settings, out var settings, out _) || !settings.Enabled)
        {
            return null;
        }

        return new StockValueSchedule(settings.ToScheduleOptions()).NextRunAfter(after);
    }

    public async Task<ScheduledTaskResult> RunAsync(
        InstallationContext installation,
        ScheduledRunTrigger trigger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);

        if (!StockValueSettings.TryRead(installation.Settings, out var settings, out var problems))
        {
            return await StopAsync(installation, "The stock value was not posted, because its settings are invalid. " + string.Join(" ", problems), cancellationToken);
        }

        if (!settings.Enabled || settings.JournalNumber is not { } journalNumber)
        {
            return await StopAsync(installation, "The stock value was not posted, because stock value posting is switched off. Turn on \"Post stock value\" in the settings first.", cancellationToken);
        }

        EconomicSession session;
        try
        {
            session = sessionFactory.Create(installation);
        }
        catch (EconomicSettingsException exception)
        {
            return await StopAsync(installation, "The stock value was not posted. " + exception.Message, cancellationToken);
        }

        using (session)
        {
            var period = StockValuePeriod.ForRun(timeProvider.GetUtcNow(), settings.Frequency);
            var target = new StockValueTarget(journalNumber, settings.DebitAccount, settings.CreditAccount);
            var run = new StockValueRun(installation, target, period.Key, period.PostingDate, trigger);

            return await poster.RunAsync(run, new JournalsLedger(session), cancellationToken);
        }
    }

    private async Task<ScheduledTaskResult> StopAsync(InstallationContext installation, string message, CancellationToken cancellationToken)
    {
        var entry = new SyncLogEntry(SyncArea.StockValue, SyncStatus.Error, message) { Time = timeProvider.GetUtcNow() };
        await installation.SyncLog.WriteAsync(entry, cancellationToken);

        return new ScheduledTaskResult(false, message);
    }
}
