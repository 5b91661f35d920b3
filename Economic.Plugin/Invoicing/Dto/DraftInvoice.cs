namespace Economic.Plugin.Invoicing.Dto;

/// <summary>
/// An e-conomic draft invoice: the upgrade template of an order, the body of
/// <c>POST /invoices/drafts</c> and its response. Every member is nullable, so a member the plugin
/// does not set is left out of the JSON instead of being sent as a C# default.
/// </summary>
internal sealed record DraftInvoice
{
    /// <summary>The number e-conomic assigned. Read only.</summary>
    public int? DraftInvoiceNumber { get; init; }

    public DateOnly? Date { get; init; }

    public string? Currency { get; init; }

    /// <summary>The price in base currency of 100 units of <see cref="Currency"/>.</summary>
    public decimal? ExchangeRate { get; init; }

    /// <summary>The due date. e-conomic requires it for "dueDate" payment terms and computes it otherwise.</summary>
    public DateOnly? DueDate { get; init; }

    public PaymentTermsReference? PaymentTerms { get; init; }

    public CustomerReference? Customer { get; init; }

    public DraftRecipient? Recipient { get; init; }

    public DeliveryLocationReference? DeliveryLocation { get; init; }

    public DraftDelivery? Delivery { get; init; }

    public DraftNotes? Notes { get; init; }

    public DraftReferences? References { get; init; }

    public LayoutReference? Layout { get; init; }

    public ProjectReference? Project { get; init; }

    public IReadOnlyList<DraftInvoiceLine>? Lines { get; init; }

    /// <summary>The net total e-conomic computed. Read only.</summary>
    public decimal? NetAmount { get; init; }

    /// <summary>The VAT e-conomic computed. Read only.</summary>
    public decimal? VatAmount { get; init; }

    /// <summary>The gross total e-conomic computed. Read only.</summary>
    public decimal? GrossAmount { get; init; }
}
