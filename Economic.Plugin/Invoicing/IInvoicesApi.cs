using Economic.Plugin.Invoicing.Dto;
using Refit;

namespace Economic.Plugin.Invoicing;

/// <summary>The e-conomic endpoints that turn a packed order into an invoice draft.</summary>
internal interface IInvoicesApi
{
    /// <summary>
    /// Gets the draft invoice that e-conomic builds from an order: the order's
    /// <c>templates.upgradeInstructions</c> link, with customer, terms, layout, VAT zone and prices.
    /// </summary>
    /// <param name="orderCollection">"drafts" or "sent". Archived orders have no upgrade template.</param>
    /// <param name="orderNumber">The e-conomic order number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/orders/{orderCollection}/{orderNumber}/templates/upgrade-instructions/draftInvoice")]
    Task<DraftInvoice> GetUpgradeTemplateAsync(
        string orderCollection,
        int orderNumber,
        CancellationToken cancellationToken);

    /// <summary>
    /// Creates a draft invoice. e-conomic replays the first response for an hour to a request
    /// with the same idempotency key, so a retry after a timeout creates no second draft.
    /// </summary>
    [Post("/invoices/drafts")]
    Task<DraftInvoice> CreateDraftAsync(
        [Body] DraftInvoice draft,
        [Header("Idempotency-Key")] string idempotencyKey,
        CancellationToken cancellationToken);

    /// <summary>Lists draft invoices that match an e-conomic filter, such as <c>references.other$eq:WMS-1042</c>.</summary>
    [Get("/invoices/drafts")]
    Task<InvoiceCollection<DraftInvoice>> FindDraftsAsync(
        [AliasAs("filter")] string filter,
        CancellationToken cancellationToken);

    /// <summary>Lists booked invoices that match an e-conomic filter.</summary>
    [Get("/invoices/booked")]
    Task<InvoiceCollection<BookedInvoiceSummary>> FindBookedAsync(
        [AliasAs("filter")] string filter,
        CancellationToken cancellationToken);
}
