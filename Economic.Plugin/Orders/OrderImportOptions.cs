namespace Economic.Plugin.Orders;

/// <summary>Tuning of the order import.</summary>
internal sealed class OrderImportOptions
{
    /// <summary>
    /// How far before the last seen <c>lastUpdated</c> the next incremental run starts reading, so an order
    /// stamped late (clock skew, a slow e-conomic transaction) is not missed. Orders already seen in this
    /// window with the same <c>lastUpdated</c> are skipped without another read.
    /// </summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(10);
}
