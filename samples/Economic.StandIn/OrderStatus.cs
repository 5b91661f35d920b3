namespace Economic.StandIn;

/// <summary>The three order lists e-conomic keeps: /orders/drafts, /orders/sent and /orders/archived.</summary>
public enum OrderStatus
{
    /// <summary>An order in /orders/drafts.</summary>
    Draft,

    /// <summary>An order registered as sent, in /orders/sent.</summary>
    Sent,

    /// <summary>An order upgraded to an invoice or deleted after it was sent, in /orders/archived.</summary>
    Archived,
}
