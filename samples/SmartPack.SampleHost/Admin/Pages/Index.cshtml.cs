using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SmartPack.SampleHost.Admin.Localization;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>
/// The plugin catalogue: the plugins found in the plugins folder, the ones rejected with the reason,
/// and install and uninstall. Uninstalling removes settings and plugin state, never imported orders or products.
/// </summary>
internal sealed class IndexModel(PluginCatalog catalog, InstallationService installations, IStringLocalizer<AdminText> text) : PageModel
{
    public IReadOnlyCollection<LoadedPlugin> Plugins => catalog.Plugins;

    public IReadOnlyList<UnavailablePlugin> Unavailable => catalog.Unavailable;

    public IReadOnlyList<Installation> Installations { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<Installation> InstallationsOf(string pluginId) =>
        Installations.Where(installation => installation.PluginId == pluginId).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Installations = await installations.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostInstallAsync(string pluginId, CancellationToken cancellationToken)
    {
        if (catalog.Find(pluginId) is null)
        {
            return await ShowErrorAsync(text["Plugins_UnknownPlugin", pluginId], cancellationToken);
        }

        var installationId = pluginId.ToLowerInvariant();
        try
        {
            await installations.InstallAsync(pluginId, installationId, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            return await ShowErrorAsync(exception.Message, cancellationToken);
        }

        return Redirect($"/admin/settings?installation={Uri.EscapeDataString(installationId)}");
    }

    public async Task<IActionResult> OnPostUninstallAsync(string installationId, CancellationToken cancellationToken)
    {
        if (await installations.FindAsync(installationId, cancellationToken) is null)
        {
            return await ShowErrorAsync(text["Plugins_UnknownInstallation", installationId], cancellationToken);
        }

        await installations.UninstallAsync(installationId, cancellationToken);
        Message = text["Plugins_Uninstalled", installationId];
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowErrorAsync(string error, CancellationToken cancellationToken)
    {
        Error = error;
        Installations = await installations.ListAsync(cancellationToken);
        return Page();
    }
}
