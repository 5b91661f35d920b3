namespace Economic.Plugin.Invoicing.Internal;

/// <summary>What a claim on an order's invoice draft found.</summary>
internal enum InvoiceDraftClaimKind
{
    /// <summary>This handler owns the order until its lease ends and may send the draft.</summary>
    Won,

    /// <summary>The draft was created earlier. Nothing to send.</summary>
    AlreadyCreated,

    /// <summary>The draft failed earlier and waits for an admin retry.</summary>
    AlreadyFailed,

    /// <summary>Another handler owns the order now. Try again when its lease ends.</summary>
    Busy,
}
