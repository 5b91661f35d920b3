using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Installations;

/// <summary>
/// Runs the plugin's own settings validators on the values about to be saved, so a plugin can check
/// them against its outside system, such as "does journal 4 exist in e-conomic".
/// </summary>
internal static class PluginSettingsCheck
{
    /// <summary>Returns every problem the plugin's validators report, each as "key: message".</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(LoadedPlugin plugin, InstallationContext candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plugin);

        await using var scope = plugin.CreateScope();
        var errors = new List<string>();
        foreach (var validator in scope.ServiceProvider.GetServices<ISettingsValidator>())
        {
            var found = await validator.ValidateAsync(candidate, cancellationToken);
            errors.AddRange(found.Select(error => $"{error.Key}: {error.Message}"));
        }

        return errors;
    }
}
