namespace Economic.Plugin.Orders.Internal;

/// <summary>
/// What an order import remembers about one e-conomic order collection between runs, stored as JSON in
/// the installation's state.
/// </summary>
internal sealed record OrderImportCheckpoint
{
    public static OrderImportCheckpoint Empty { get; } = new();

    /// <summary>
    /// The newest <c>lastUpdated</c> the import has fully handled; the next run reads from this time minus
    /// the overlap. Null before the first successful run.
    /// </summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>
    /// The orders handled inside the overlap window, by order number, with the <c>lastUpdated</c> they had;
    /// an order listed again with the same value is skipped.
    /// </summary>
    public IReadOnlyDictionary<int, DateTimeOffset> Recent { get; init; } = new Dictionary<int, DateTimeOffset>();

    /// <summary>
    /// The archived order numbers already imported, as ranges such as "1-500,502". Archived orders cannot
    /// change, and their collection cannot be filtered on <c>lastUpdated</c>.
    /// </summary>
    public string? ArchivedNumbers { get; init; }
}
