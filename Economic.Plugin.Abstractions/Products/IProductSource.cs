namespace Economic.Plugin.Abstractions.Products;

/// <summary>
/// Syncs products into the warehouse. The host runs <see cref="SyncProductsAsync"/> on its product
/// schedule and when the admin presses "sync now".
/// </summary>
public interface IProductSource
{
    /// <summary>
    /// Reads products (all of them, or those changed since the last run) and applies each through
    /// <see cref="InstallationContext.Warehouse"/>. A barred product becomes inactive, never deleted.
    /// </summary>
    Task<ImportResult> SyncProductsAsync(
        InstallationContext installation,
        ImportMode mode,
        CancellationToken cancellationToken);
}
