using SmartPack.SampleHost.Admin.Settings;
using SmartPack.SampleHost.Installations;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The settings form of an installation, built from its plugin's manifest.</summary>
internal sealed class SettingsModel(InstallationService installations, SettingsEditor editor) : InstallationPageModel(installations)
{
    public SettingsPageState? State { get; private set; }

    public bool Posted { get; private set; }

    /// <summary>Why the settings cannot be shown, such as a plugin that did not load; null normally.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SelectInstallationAsync(cancellationToken) && IsInstalled)
        {
            await ShowAsync(() => editor.LoadAsync(InstallationId!, cancellationToken));
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
        await ShowAsync(() => editor.SaveAsync(InstallationId!, submitted, cancellationToken));
    }

    // A plugin that failed to load leaves its installation without a manifest to build the form from.
    private async Task ShowAsync(Func<Task<SettingsPageState>> load)
    {
        try
        {
            State = await load();
        }
        catch (InvalidOperationException exception)
        {
            Problem = exception.Message;
        }
    }
}
