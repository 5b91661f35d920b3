using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Scheduling;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Scheduling;

/// <summary>Runs the order import once for each installation at start, before the scheduler takes over.</summary>
internal sealed class StartupImport(PluginCatalog catalog, InstallationService installations, TaskRunner runner)
{
    /// <summary>Returns one outcome per installation, including those whose plugin cannot import orders.</summary>
    public async Task<IReadOnlyList<(string InstallationId, TaskRunOutcome Outcome)>> RunAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<(string, TaskRunOutcome)>();
        foreach (var installation in await installations.ListAsync(cancellationToken))
        {
            var plugin = catalog.Find(installation.PluginId);
            TaskRunOutcome outcome;
            if (plugin is null)
            {
                outcome = new TaskRunOutcome(false, $"Plugin '{installation.PluginId}' is not loaded, so no orders were imported.");
            }
            else if (!plugin.HasService<IOrderSource>())
            {
                outcome = new TaskRunOutcome(false, $"Plugin '{plugin.Id}' registers no order source, so no orders were imported.");
            }
            else
            {
                outcome = await runner.RunAsync(installation.Id, TaskNames.OrderImport, ScheduledRunTrigger.Manual, cancellationToken);
            }

            outcomes.Add((installation.Id, outcome));
        }

        return outcomes;
    }
}
