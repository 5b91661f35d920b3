using System.Text.Json;
using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Invoices;

/// <summary>
/// The invoice endpoints: the upgrade template of drafts and sent orders, <c>POST /invoices/drafts</c>
/// with e-conomic's validation and idempotency keys, and the draft and booked invoice collections.
/// </summary>
internal static class InvoiceEndpoints
{
    private const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapInvoices(this IEndpointRouteBuilder endpoints)
    {
        foreach (var status in new[] { OrderStatus.Draft, OrderStatus.Sent })
        {
            endpoints.MapGet(
                $"/orders/{ResourceStamps.PathOf(status)}/{{orderNumber:int}}/templates/upgrade-instructions/draftInvoice",
                (int orderNumber, HttpContext context, ErrorBodies errors) => UpgradeTemplate(status, orderNumber, context, errors));
        }

        endpoints.MapPost("/invoices/drafts", CreateDraftAsync);
        MapCollection(endpoints, "/invoices/drafts", data => data.Invoices.Drafts, InvoiceCollectionSchemas.Drafts);
        MapCollection(endpoints, "/invoices/booked", data => data.Invoices.Booked, InvoiceCollectionSchemas.Booked);

        return endpoints;
    }

    private static IResult UpgradeTemplate(OrderStatus status, int orderNumber, HttpContext context, ErrorBodies errors) =>
        context.Agreement().Read(data =>
        {
            if (!data.Orders[status].TryGetValue(orderNumber, out var order))
            {
                return errors.NotFound();
            }

            data.Invoices.IssuedTemplates.Add(UpgradeTemplates.Describe(orderNumber, order));
            return JsonResponse.Create(Links.Rebase(UpgradeTemplates.Build(order), Links.BaseUrlOf(context.Request)));
        });

    private static async Task<IResult> CreateDraftAsync(HttpContext context, ErrorBodies errors, TimeProvider timeProvider)
    {
        JsonObject? request;
        try
        {
            request = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is null)
        {
            return errors.Create(StatusCodes.Status400BadRequest, "The request body is not a JSON object.", "Send the draft invoice as a JSON object.", "E04300");
        }

        var key = context.Request.Headers[IdempotencyKeyHeader].ToString();
        var response = context.Agreement().Read(data =>
            DraftInvoiceCreation.Create(data, request, key.Length == 0 ? null : key, timeProvider.GetUtcNow()));
        if (response.FromCache)
        {
            context.Response.Headers["X-ResultFromCache"] = "true";
        }

        return JsonResponse.Create(Links.Rebase(response.Body, Links.BaseUrlOf(context.Request)), response.StatusCode);
    }

    private static void MapCollection(
        IEndpointRouteBuilder endpoints,
        string path,
        Func<AgreementData, SortedDictionary<int, JsonObject>> invoicesOf,
        CollectionSchema schema)
    {
        endpoints.MapGet(path, (HttpContext context, CollectionQuery query) => context.Agreement().Read(data =>
            query.Run(context.Request, [.. invoicesOf(data).Values], schema, invoice => invoice.DeepClone().AsObject())));
        endpoints.MapGet($"{path}/{{number:int}}", (int number, HttpContext context, ErrorBodies errors) =>
            context.Agreement().Read(data => invoicesOf(data).TryGetValue(number, out var invoice)
                ? JsonResponse.Create(Links.Rebase(invoice, Links.BaseUrlOf(context.Request)))
                : errors.NotFound()));
    }
}
