using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>
/// The plugin's own setup checks, where it offers them: the connection test, the lists of values
/// to pick from, and the validators that check settings against the source system.
/// </summary>
/// <remarks>
/// A plugin's exception types are its own, so the host catches every exception but cancellation
/// here: a failing check is shown on the settings page and must not break it.
/// </remarks>
internal static class PluginSetupChecks
{
    /// <summary>Runs the plugin's connection test, or returns null when the plugin has none.</summary>
    public static async Task<ConnectionTestResult?> TestConnectionAsync(
        LoadedPlugin plugin, InstallationContext installation, CancellationToken cancellationToken)
    {
        await using var scope = plugin.CreateScope();
        var tester = scope.ServiceProvider.GetService<IConnectionTester>();
        return tester is null ? null : await tester.TestConnectionAsync(installation, cancellationToken);
    }

    /// <summary>Reads the choices for every setting the plugin lists values for.</summary>
    /// <returns>The choices by setting key, and why reading failed (or null).</returns>
    public static async Task<(Dictionary<string, IReadOnlyList<SettingChoice>> Choices, string? Problem)> ListChoicesAsync(
        LoadedPlugin plugin, InstallationContext installation, ILogger logger, CancellationToken cancellationToken)
    {
        var choices = new Dictionary<string, IReadOnlyList<SettingChoice>>(StringComparer.Ordinal);
        await using var scope = plugin.CreateScope();
        try
        {
            foreach (var provider in scope.ServiceProvider.GetServices<ISettingChoicesProvider>())
            {
                foreach (var key in provider.SettingKeys)
                {
                    choices[key] = await provider.GetChoicesAsync(installation, key, cancellationToken);
                }
            }

            return (choices, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.PluginCheckFailed(logger, exception, "setting choices", plugin.Id);
            return ([], exception.Message);
        }
    }

    /// <summary>Runs every validator of the plugin on the settings about to be saved.</summary>
    /// <returns>The errors by setting key, several for one key joined into one text.</returns>
    public static async Task<Dictionary<string, string>> ValidateAsync(
        LoadedPlugin plugin, InstallationContext installation, ILogger logger, CancellationToken cancellationToken)
    {
        var errors = new List<SettingError>();
        await using var scope = plugin.CreateScope();
        foreach (var validator in scope.ServiceProvider.GetServices<ISettingsValidator>())
        {
            try
            {
                errors.AddRange(await validator.ValidateAsync(installation, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.PluginCheckFailed(logger, exception, "settings validator", plugin.Id);
                errors.Add(new SettingError(string.Empty, exception.Message));
            }
        }

        return errors.GroupBy(error => error.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => string.Join(" ", group.Select(error => error.Message)), StringComparer.Ordinal);
    }
}
