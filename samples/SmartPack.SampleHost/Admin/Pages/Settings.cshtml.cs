using SmartPack.SampleHost.Admin.Settings;
using SmartPack.SampleHost.Installations;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The settings form of an installation, built from its plugin's manifest.</summary>
internal sealed class SettingsModel(InstallationService installations, SettingsEditor editor) : InstallationPageModel(installations)
{
    public SettingsPageState? State { get; private set; }

    public bool Posted { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SelectInstallationAsync(cancellationToken) && IsInstalled)
        {
            State = await editor.LoadAsync(InstallationId!, cancellationToken);
        }
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Posted = true;
        if (!await SelectInstallationAsync(cancellationToken) || !IsInstalled)
        {
            return;
        }

        var submitted = Request.Form.ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.Ordinal);
        State = await editor.SaveAsync(InstallationId!, submitted, cancellationToken);
    }
}
