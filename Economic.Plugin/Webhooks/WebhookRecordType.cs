namespace Economic.Plugin.Webhooks;

/// <summary>The kind of e-conomic record a webhook call is about.</summary>
internal enum WebhookRecordType
{
    /// <summary>An order (draft, sent or archived).</summary>
    Order,

    /// <summary>A product.</summary>
    Product,
}
