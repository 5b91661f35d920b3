using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Abstractions;

/// <summary>
/// One installation of the plugin: one shop, with its own settings, durable state, sync log and
/// warehouse. The host passes it to every call, so a single plugin instance can serve many shops.
/// </summary>
public sealed class InstallationContext
{
    /// <summary>Creates a context for one installation.</summary>
    public InstallationContext(
        string installationId,
        PluginSettings settings,
        IPluginStateStore state,
        ISyncLog syncLog,
        IWarehouse warehouse)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(installationId);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(syncLog);
        ArgumentNullException.ThrowIfNull(warehouse);

        InstallationId = installationId;
        Settings = settings;
        State = state;
        SyncLog = syncLog;
        Warehouse = warehouse;
    }

    /// <summary>The host's identifier of the installation, stable across restarts.</summary>
    public string InstallationId { get; }

    /// <summary>The settings the admin saved, with secrets decrypted in memory only.</summary>
    public PluginSettings Settings { get; }

    /// <summary>Durable key-value state of this installation: checkpoints and idempotency records.</summary>
    public IPluginStateStore State { get; }

    /// <summary>The sync log that the admin reads.</summary>
    public ISyncLog SyncLog { get; }

    /// <summary>The warehouse data of this installation: orders, products and stock value.</summary>
    public IWarehouse Warehouse { get; }
}
