namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// The durable record of one order's invoice draft, stored as JSON under
/// <c>invoice-draft/{orderNumber}</c> in the installation's state store.
/// </summary>
internal sealed record InvoiceDraftRecord
{
    public required InvoiceDraftState State { get; init; }

    /// <summary>The key sent as <c>Idempotency-Key</c>, the same on every attempt of one generation.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Starts at 1 and grows with each admin retry, which needs a new key because e-conomic
    /// replays the first response to a key for an hour, a rejection included.</summary>
    public int Generation { get; init; } = 1;

    /// <summary>How many times a handler claimed the order in this generation.</summary>
    public int Attempts { get; init; }

    /// <summary>Until when the handler that claimed the order owns it. Other handlers wait until then.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>When the last attempt started.</summary>
    public DateTimeOffset? AttemptedAt { get; init; }

    /// <summary>The e-conomic draft invoice number, once created.</summary>
    public int? DraftInvoiceNumber { get; init; }

    /// <summary>The booked invoice found for the order, when it was invoiced and booked before the draft was recorded.</summary>
    public int? BookedInvoiceNumber { get; init; }

    /// <summary>The admin message of the last failure.</summary>
    public string? LastError { get; init; }
}
