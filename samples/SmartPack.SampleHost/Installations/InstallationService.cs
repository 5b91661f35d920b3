using System.Buffers.Text;
using System.Security.Cryptography;
using Economic.Plugin.Abstractions;
using SmartPack.SampleHost.Plugins;
using SmartPack.SampleHost.Storage;
using SmartPack.SampleHost.Warehouse;

namespace SmartPack.SampleHost.Installations;

/// <summary>Installs and uninstalls plugins, saves their settings and builds the context each plugin call receives.</summary>
internal sealed class InstallationService(
    PluginCatalog catalog,
    InstallationStore store,
    SqliteSettingsStore settingsStore,
    SqliteDatabase database,
    IConfiguration configuration,
    TimeProvider timeProvider,
    ILogger<InstallationService> logger)
{
    public Task<IReadOnlyList<Installation>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<Installation?> FindAsync(string installationId, CancellationToken cancellationToken) =>
        store.FindAsync(installationId, cancellationToken);

    /// <summary>Installs a loaded plugin under <paramref name="installationId"/> and generates the values of its generated settings.</summary>
    /// <exception cref="InvalidOperationException">The plugin is not loaded, or the installation id is taken.</exception>
    public async Task<Installation> InstallAsync(string pluginId, string installationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginId);
        ArgumentException.ThrowIfNullOrWhiteSpace(installationId);

        var manifest = catalog.Get(pluginId).Manifest;
        var installation = new Installation(installationId, pluginId, timeProvider.GetUtcNow());
        if (!await store.TryAddAsync(installation, cancellationToken))
        {
            throw new InvalidOperationException(
                $"An installation with id '{installationId}' already exists. Choose another id or uninstall the existing one first.");
        }

        var generated = manifest.Settings
            .Where(setting => setting.Generated)
            .ToDictionary(setting => setting.Key, _ => (string?)Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), StringComparer.Ordinal);
        await settingsStore.SaveAsync(installationId, pluginId, generated, SecretKeys(manifest), cancellationToken);
        Log.Installed(logger, pluginId, installationId);

        return installation;
    }

    /// <summary>Validates and stores setting values; keys not given keep their stored values.</summary>
    /// <exception cref="SettingsValidationException">
    /// A value is invalid, a required setting stays empty, or the plugin's own validators reject the values; nothing was stored.
    /// </exception>
    public async Task SaveSettingsAsync(string installationId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);

        var (installation, manifest) = await GetAsync(installationId, cancellationToken);
        var stored = await settingsStore.LoadAsync(installationId, installation.PluginId, cancellationToken);
        foreach (var (key, value) in values)
        {
            stored[key] = value;
        }

        var errors = SettingsValidator.Validate(manifest, values, PluginSettingsBuilder.Merge(manifest, stored, configuration));
        if (errors.Count > 0)
        {
            throw new SettingsValidationException(errors);
        }

        var candidate = new InstallationContext(
            installationId,
            PluginSettingsBuilder.Build(manifest, stored, configuration),
            new SqlitePluginStateStore(database, installationId),
            GetSyncLog(installationId),
            GetWarehouse(installationId));
        var pluginErrors = await PluginSettingsCheck.ValidateAsync(catalog.Get(installation.PluginId), candidate, cancellationToken);
        if (pluginErrors.Count > 0)
        {
            throw new SettingsValidationException(pluginErrors);
        }

        await settingsStore.SaveAsync(installationId, installation.PluginId, values, SecretKeys(manifest), cancellationToken);
        Log.SettingsSaved(logger, installationId, string.Join(", ", values.Keys.Order(StringComparer.Ordinal)));
    }

    /// <summary>Removes the installation, its settings and its plugin state. Its orders, products and sync log stay in the warehouse.</summary>
    public async Task UninstallAsync(string installationId, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(installationId, cancellationToken);
        Log.Uninstalled(logger, installationId);
    }

    /// <summary>Builds the context for one plugin call, with the settings as stored right now.</summary>
    public async Task<InstallationContext> CreateContextAsync(string installationId, CancellationToken cancellationToken)
    {
        var (installation, manifest) = await GetAsync(installationId, cancellationToken);
        var stored = await settingsStore.LoadAsync(installationId, installation.PluginId, cancellationToken);

        return new InstallationContext(
            installationId,
            PluginSettingsBuilder.Build(manifest, stored, configuration),
            new SqlitePluginStateStore(database, installationId),
            GetSyncLog(installationId),
            GetWarehouse(installationId));
    }

    public SqliteSyncLog GetSyncLog(string installationId) => new(database, timeProvider, installationId);

    public SqliteWarehouse GetWarehouse(string installationId) => new(database, installationId);

    private async Task<(Installation Installation, PluginManifest Manifest)> GetAsync(string installationId, CancellationToken cancellationToken)
    {
        var installation = await store.FindAsync(installationId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no installation with id '{installationId}'. Install the plugin first.");

        return (installation, catalog.Get(installation.PluginId).Manifest);
    }

    private static HashSet<string> SecretKeys(PluginManifest manifest) =>
        manifest.Settings.Where(setting => setting.Secret).Select(setting => setting.Key).ToHashSet(StringComparer.Ordinal);
}
