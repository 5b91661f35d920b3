namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>The feature that a sync log entry belongs to.</summary>
public enum SyncArea
{
    /// <summary>Connection and settings checks, such as "test connection".</summary>
    Connection,

    /// <summary>Order import from e-conomic.</summary>
    Orders,

    /// <summary>Product sync from e-conomic.</summary>
    Products,

    /// <summary>Invoice drafts created when orders are packed.</summary>
    Invoicing,

    /// <summary>Stock value postings to a journal.</summary>
    StockValue,

    /// <summary>Webhook calls received from e-conomic.</summary>
    Webhooks,
}
