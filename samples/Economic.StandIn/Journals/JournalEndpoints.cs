using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Journals;

/// <summary>
/// The bookkeeping endpoints: <c>/journals</c> with their vouchers, <c>/accounts</c> and
/// <c>/accounting-years</c>, each collection with e-conomic's paging, filter and sort.
/// </summary>
internal static class JournalEndpoints
{
    public static IEndpointRouteBuilder MapJournals(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/journals", (HttpContext context, ErrorBodies errors) =>
            Collection(context, errors, book => book.Journals.Values, JournalSchemas.Journals));
        endpoints.MapGet("/journals/{journalNumber:int}", (HttpContext context, int journalNumber, ErrorBodies errors) =>
            Item(context, errors, book => book.Journals.GetValueOrDefault(journalNumber)));
        endpoints.MapGet("/journals/{journalNumber:int}/vouchers", (HttpContext context, int journalNumber, ErrorBodies errors) =>
            context.Agreement().Read(data => data.Journals.Journals.ContainsKey(journalNumber)
                ? new CollectionQuery(errors).Run(context.Request, [.. data.Journals.VouchersOf(journalNumber)], JournalSchemas.Vouchers, Copy)
                : errors.NotFound()));
        endpoints.MapPost("/journals/{journalNumber:int}/vouchers", VoucherPost.HandleAsync);

        endpoints.MapGet("/accounts", (HttpContext context, ErrorBodies errors) =>
            Collection(context, errors, book => book.Accounts.Values, JournalSchemas.Accounts));
        endpoints.MapGet("/accounts/{accountNumber:int}", (HttpContext context, int accountNumber, ErrorBodies errors) =>
            Item(context, errors, book => book.Accounts.GetValueOrDefault(accountNumber)));

        endpoints.MapGet("/accounting-years", (HttpContext context, ErrorBodies errors) =>
            Collection(context, errors, book => book.AccountingYears.Select(AccountingYearDocument.Create), JournalSchemas.AccountingYears));
        // A split year's name contains a slash ("2026/2027"), so the route takes the rest of the path.
        endpoints.MapGet("/accounting-years/{**year}", (HttpContext context, string year, ErrorBodies errors) =>
            Item(context, errors, book => book.AccountingYears
                .Where(candidate => candidate.Year == Uri.UnescapeDataString(year))
                .Select(AccountingYearDocument.Create)
                .FirstOrDefault()));

        return endpoints;
    }

    private static IResult Collection(HttpContext context, ErrorBodies errors, Func<JournalBook, IEnumerable<JsonObject>> documents, CollectionSchema schema) =>
        context.Agreement().Read(data => new CollectionQuery(errors).Run(context.Request, [.. documents(data.Journals)], schema, Copy));

    private static IResult Item(HttpContext context, ErrorBodies errors, Func<JournalBook, JsonObject?> find) =>
        context.Agreement().Read(data => find(data.Journals) is { } document
            ? JsonResponse.Create(Links.Rebase(document, Links.BaseUrlOf(context.Request)))
            : errors.NotFound());

    private static JsonObject Copy(JsonObject document) => document.DeepClone().AsObject();
}
