using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Customers;

/// <summary>GET /customers and /customers/{customerNumber}.</summary>
internal static class CustomerEndpoints
{
    public static IEndpointRouteBuilder MapCustomers(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/customers", (HttpContext context, CollectionQuery query) => context.Agreement().Read(data =>
            query.Run(context.Request, [.. data.Customers.Values], CollectionSchemas.Customers, Copy)));
        endpoints.MapGet("/customers/{customerNumber:int}", (int customerNumber, HttpContext context, ErrorBodies errors) =>
            context.Agreement().Read(data => data.Customers.TryGetValue(customerNumber, out var customer)
                ? JsonResponse.Create(Links.Rebase(customer, Links.BaseUrlOf(context.Request)))
                : errors.NotFound()));

        return endpoints;
    }

    private static JsonObject Copy(JsonObject customer) => customer.DeepClone().AsObject();
}
