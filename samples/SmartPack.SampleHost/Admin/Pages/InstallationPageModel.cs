using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartPack.SampleHost.Installations;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>
/// A page about one installation, chosen with <c>?installation=</c>. Without it the page uses the
/// first installation, which is the only one on most hosts.
/// </summary>
internal abstract class InstallationPageModel(InstallationService installations) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "installation")]
    public string? InstallationId { get; set; }

    public IReadOnlyList<Installation> Installations { get; private set; } = [];

    protected InstallationService InstallationService => installations;

    /// <summary>Loads the installations and picks the current one; returns false when there is none to pick.</summary>
    protected async Task<bool> SelectInstallationAsync(CancellationToken cancellationToken)
    {
        Installations = await installations.ListAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(InstallationId))
        {
            InstallationId = Installations.Count > 0 ? Installations[0].Id : null;
        }

        return InstallationId is not null;
    }

    /// <summary>Returns whether the current installation exists; orders and the sync log outlive it, settings do not.</summary>
    protected bool IsInstalled => Installations.Any(installation => installation.Id == InstallationId);
}
