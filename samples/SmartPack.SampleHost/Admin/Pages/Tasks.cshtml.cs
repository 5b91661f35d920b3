using Economic.Plugin.Abstractions.Scheduling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartPack.SampleHost.Admin.Localization;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;
using SmartPack.SampleHost.Scheduling;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The scheduled tasks of an installation with their last and next run, and "sync now".</summary>
internal sealed class TasksModel(
    InstallationService installations,
    PluginCatalog catalog,
    TaskRunStore runStore,
    TaskRunner runner,
    IStringLocalizer<AdminText> text) : InstallationPageModel(installations)
{
    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];

    [TempData]
    public string? Outcome { get; set; }

    [TempData]
    public bool OutcomeSucceeded { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await SelectInstallationAsync(cancellationToken) || !IsInstalled)
        {
            return;
        }

        var installation = Installations.First(candidate => candidate.Id == InstallationId);
        if (catalog.Find(installation.PluginId) is not { } plugin)
        {
            return;
        }

        var runs = await runStore.ListAsync(installation.Id, cancellationToken);
        Tasks = TaskRunner.GetTaskNames(plugin)
            .Select(name => new TaskRow(name, DisplayName(plugin, name), runs.FirstOrDefault(run => run.TaskName == name)))
            .ToList();
    }

    public async Task<IActionResult> OnPostRunAsync(string taskName, CancellationToken cancellationToken)
    {
        if (!await SelectInstallationAsync(cancellationToken) || !IsInstalled)
        {
            return RedirectToPage();
        }

        try
        {
            var outcome = await runner.RunNowAsync(InstallationId!, taskName, cancellationToken);
            (Outcome, OutcomeSucceeded) = (outcome.Message, outcome.Succeeded);
        }
        catch (InvalidOperationException exception)
        {
            (Outcome, OutcomeSucceeded) = (exception.Message, false);
        }

        return Redirect($"/admin/tasks?installation={Uri.EscapeDataString(InstallationId!)}");
    }

    private string DisplayName(LoadedPlugin plugin, string taskName)
    {
        var builtIn = text["Task_" + taskName];
        if (!builtIn.ResourceNotFound)
        {
            return builtIn.Value;
        }

        using var scope = plugin.CreateScope();
        return scope.ServiceProvider.GetServices<IScheduledTask>().FirstOrDefault(task => task.Name == taskName)?.DisplayName ?? taskName;
    }

    /// <summary>One task with its stored run times; <paramref name="LastRun"/> is null before its first planning.</summary>
    public sealed record TaskRow(string Name, string DisplayName, TaskRunRecord? LastRun);
}
