namespace Economic.Plugin.Products;

/// <summary>How the product sync reads changes.</summary>
internal sealed class ProductSyncOptions
{
    /// <summary>
    /// How far before the last successful run an incremental sync starts reading. e-conomic stamps a
    /// product's <c>lastUpdated</c> to the minute, so a change in the same minute as the last run would
    /// otherwise be missed; the margin also covers a clock difference to e-conomic.
    /// </summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(10);
}
