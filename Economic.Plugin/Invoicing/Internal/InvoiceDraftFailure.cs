namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Why an invoice draft could not be created, in the terms the admin and e-conomic support use.</summary>
/// <param name="IsTransient">True for a fault that goes away by itself: a timeout, a network error, 429 or 5xx.</param>
/// <param name="Reason">What failed, as a sentence fragment without a final period, such as "e-conomic timed out".</param>
internal sealed record InvoiceDraftFailure(bool IsTransient, string Reason)
{
    /// <summary>The HTTP status e-conomic returned, if it sent a response.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>e-conomic's own message.</summary>
    public string? EconomicMessage { get; init; }

    /// <summary>e-conomic's error code, such as "E06600".</summary>
    public string? ErrorCode { get; init; }

    /// <summary>e-conomic's log id, which e-conomic support requests.</summary>
    public string? LogId { get; init; }

    /// <summary>The product e-conomic named in its validation errors, such as a barred product.</summary>
    public string? ProductNumber { get; init; }

    /// <summary>Every validation problem e-conomic listed, one per line.</summary>
    public string? Details { get; init; }
}
