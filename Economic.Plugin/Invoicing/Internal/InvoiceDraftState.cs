namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Where the invoice draft of one packed order stands.</summary>
internal enum InvoiceDraftState
{
    /// <summary>A handler claimed the order and may have sent the draft. No draft number is recorded yet.</summary>
    Pending,

    /// <summary>The draft exists in e-conomic and its number is recorded.</summary>
    Created,

    /// <summary>e-conomic rejected the draft for a reason a person must fix. Only an admin retry sends it again.</summary>
    Failed,
}
