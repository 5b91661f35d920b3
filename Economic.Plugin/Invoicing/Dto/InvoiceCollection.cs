namespace Economic.Plugin.Invoicing.Dto;

/// <summary>One page of an e-conomic invoice collection, such as <c>GET /invoices/drafts</c>.</summary>
/// <typeparam name="TInvoice">The collection item.</typeparam>
internal sealed record InvoiceCollection<TInvoice>
{
    public IReadOnlyList<TInvoice>? Collection { get; init; }
}
