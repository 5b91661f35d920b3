namespace Economic.Plugin.Abstractions.Orders;

/// <summary>
/// Imports orders into the warehouse. The host runs <see cref="ImportOrdersAsync"/> on its order
/// import schedule (every 5 minutes) and when the admin presses "sync now".
/// </summary>
public interface IOrderSource
{
    /// <summary>
    /// Reads new and changed orders and applies each one through
    /// <see cref="InstallationContext.Warehouse"/>. A run that fails part-way keeps what it applied and
    /// resumes from the last checkpoint it saved, so no order is lost or imported twice.
    /// </summary>
    /// <param name="installation">The installation to import for.</param>
    /// <param name="mode">Whether to read only changes since the last run or everything.</param>
    /// <param name="cancellationToken">Stops the run; orders already applied stay applied.</param>
    Task<ImportResult> ImportOrdersAsync(
        InstallationContext installation,
        ImportMode mode,
        CancellationToken cancellationToken);
}
