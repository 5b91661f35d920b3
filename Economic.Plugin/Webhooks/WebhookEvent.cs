namespace Economic.Plugin.Webhooks;

/// <summary>
/// An event type the admin configures in e-conomic. Each has its own URL, whose last path segment
/// names the event, because e-conomic's legacy webhooks send only the record's old and new number.
/// </summary>
/// <param name="PathName">The last path segment of the webhook URL, such as "product-updated".</param>
/// <param name="RecordType">The kind of record the event is about.</param>
/// <param name="SignalsDeletion">True when the event itself reports the record as deleted.</param>
/// <param name="DisplayName">The name of the webhook type in e-conomic's settings.</param>
internal sealed record WebhookEvent(string PathName, WebhookRecordType RecordType, bool SignalsDeletion, string DisplayName)
{
    public static WebhookEvent OrderUpdated { get; } = new("order-updated", WebhookRecordType.Order, false, "Order updated");

    public static WebhookEvent OrderDeleted { get; } = new("order-deleted", WebhookRecordType.Order, true, "Order deleted");

    public static WebhookEvent ProductUpdated { get; } = new("product-updated", WebhookRecordType.Product, false, "Product updated");

    /// <summary>Every supported event, in the order the admin page lists them.</summary>
    public static IReadOnlyList<WebhookEvent> All { get; } = [OrderUpdated, OrderDeleted, ProductUpdated];

    /// <summary>Returns the event whose path name is <paramref name="pathName"/> (ignoring case), or null.</summary>
    public static WebhookEvent? FromPathName(string pathName) =>
        All.FirstOrDefault(item => string.Equals(item.PathName, pathName, StringComparison.OrdinalIgnoreCase));
}
