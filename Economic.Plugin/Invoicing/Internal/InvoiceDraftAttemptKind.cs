namespace Economic.Plugin.Invoicing.Internal;

/// <summary>The outcomes of one attempt to create an order's invoice draft.</summary>
internal enum InvoiceDraftAttemptKind
{
    /// <summary>The draft was created now.</summary>
    Created,

    /// <summary>An earlier attempt had created the draft. It was found by the warehouse reference.</summary>
    FoundDraft,

    /// <summary>The order was already invoiced and booked. The booked invoice was found by the warehouse reference.</summary>
    FoundBooked,

    /// <summary>No product line had a packed quantity, so there is nothing to invoice.</summary>
    NothingPacked,

    /// <summary>e-conomic has no draft or sent order with the number: it was archived or deleted.</summary>
    OrderNotOpen,

    /// <summary>The order's template lacks members that e-conomic requires on a draft.</summary>
    MissingRequiredMembers,

    /// <summary>The warehouse packed more of a line than the order contains, so no draft was sent.</summary>
    OverPacked,

    /// <summary>A request failed. See <see cref="InvoiceDraftAttemptResult.Failure"/>.</summary>
    Failed,
}
