using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;
using Economic.StandIn.Collections.Filtering;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Orders;

/// <summary>GET /orders (links), /orders/{drafts|sent|archived} (collections without lines) and single orders with lines.</summary>
internal static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/orders", (HttpContext context) => JsonResponse.Create(Root(Links.BaseUrlOf(context.Request))));
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            var path = $"/orders/{ResourceStamps.PathOf(status)}";
            var schema = status == OrderStatus.Archived ? CollectionSchemas.ArchivedOrders : CollectionSchemas.OpenOrders;
            endpoints.MapGet(path, (HttpContext context, ErrorBodies errors) =>
            {
                var query = new CollectionQuery(errors) { CrashesOn = CrashesOnPaymentTerms };
                return context.Agreement().Read(data =>
                    query.Run(context.Request, [.. data.Orders[status].Values], schema, WithoutLines));
            });
            endpoints.MapGet($"{path}/{{orderNumber:int}}", (int orderNumber, HttpContext context, ErrorBodies errors) =>
                context.Agreement().Read(data => data.Orders[status].TryGetValue(orderNumber, out var order)
                    ? JsonResponse.Create(Links.Rebase(order, Links.BaseUrlOf(context.Request)))
                    : errors.NotFound()));
        }

        return endpoints;
    }

    // e-conomic lists paymentTerms.paymentTermsNumber as filterable on every order list, but returns 500 for it.
    private static bool CrashesOnPaymentTerms(FilterPredicate predicate) =>
        predicate.Property == "paymentTerms.paymentTermsNumber";

    // Order collections leave the lines out; a client reads each order for them.
    private static JsonObject WithoutLines(JsonObject order)
    {
        var item = order.DeepClone().AsObject();
        item["lines"] = new JsonArray();

        return item;
    }

    private static JsonObject Root(string baseUrl) => new()
    {
        ["drafts"] = $"{baseUrl}orders/drafts",
        ["sent"] = $"{baseUrl}orders/sent",
        ["archived"] = $"{baseUrl}orders/archived",
        ["self"] = $"{baseUrl}orders",
    };
}
