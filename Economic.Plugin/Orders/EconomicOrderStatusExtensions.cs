namespace Economic.Plugin.Orders;

/// <summary>Names of an <see cref="EconomicOrderStatus"/> in paths and in the warehouse.</summary>
internal static class EconomicOrderStatusExtensions
{
    /// <summary>Returns the collection's path segment: "drafts", "sent" or "archived".</summary>
    public static string ToPathSegment(this EconomicOrderStatus status) => status switch
    {
        EconomicOrderStatus.Draft => "drafts",
        EconomicOrderStatus.Sent => "sent",
        EconomicOrderStatus.Archived => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The order status is unknown."),
    };

    /// <summary>Returns the status as the warehouse stores it: "draft", "sent" or "archived".</summary>
    public static string ToSourceStatus(this EconomicOrderStatus status) => status switch
    {
        EconomicOrderStatus.Draft => "draft",
        EconomicOrderStatus.Sent => "sent",
        EconomicOrderStatus.Archived => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The order status is unknown."),
    };

    /// <summary>
    /// Returns whether the collection can be filtered on <c>lastUpdated</c>. The e-conomic collection schemas
    /// flag it filterable on drafts and sent; the archived collection schema has no <c>lastUpdated</c> at all.
    /// </summary>
    public static bool SupportsLastUpdatedFilter(this EconomicOrderStatus status) => status != EconomicOrderStatus.Archived;
}
