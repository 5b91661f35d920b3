using System.Net;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Invoicing;
using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Tests.Invoicing;

/// <summary>
/// An e-conomic invoices endpoint that ignores the filter and returns every invoice it holds, as e-conomic
/// does with a filter it cannot evaluate. Orders have no upgrade template, and posting a draft is refused.
/// </summary>
internal sealed class FilterIgnoringInvoicesApi(IReadOnlyList<DraftInvoice> drafts, IReadOnlyList<BookedInvoiceSummary> booked) : IInvoicesApi
{
    public int DraftPosts { get; private set; }

    public Task<DraftInvoice> GetUpgradeTemplateAsync(string orderCollection, int orderNumber, CancellationToken cancellationToken) =>
        throw new EconomicApiException(HttpStatusCode.NotFound, "GET", $"/orders/{orderCollection}/{orderNumber}", new EconomicErrorBody());

    public Task<DraftInvoice> CreateDraftAsync(DraftInvoice draft, string idempotencyKey, CancellationToken cancellationToken)
    {
        DraftPosts++;
        throw new InvalidOperationException("This test expects no draft to be posted.");
    }

    public Task<InvoiceCollection<DraftInvoice>> FindDraftsAsync(string filter, CancellationToken cancellationToken) =>
        Task.FromResult(new InvoiceCollection<DraftInvoice> { Collection = drafts });

    public Task<InvoiceCollection<BookedInvoiceSummary>> FindBookedAsync(string filter, CancellationToken cancellationToken) =>
        Task.FromResult(new InvoiceCollection<BookedInvoiceSummary> { Collection = booked });

    public static DraftInvoice Draft(int number, string reference) =>
        new() { DraftInvoiceNumber = number, References = new DraftReferences { Other = reference } };
}
