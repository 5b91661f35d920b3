using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;
using Economic.StandIn.Collections.Filtering;
using Economic.StandIn.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Economic.StandIn.Products;

/// <summary>GET /products and /products/{productNumber}, with e-conomic's escaping of the number in the path.</summary>
internal static class ProductEndpoints
{
    private const string ItemPrefix = "/products/";

    public static IEndpointRouteBuilder MapProducts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/products", (HttpContext context, ErrorBodies errors) =>
        {
            var query = new CollectionQuery(errors) { CrashesOn = CrashesOnBarred };
            return context.Agreement().Read(data =>
                query.Run(context.Request, [.. data.Products.Values], CollectionSchemas.Products, Copy));
        });
        endpoints.MapGet("/products/{productNumber}", (HttpContext context, ErrorBodies errors) =>
        {
            var productNumber = ProductNumberPath.Unescape(RawItemSegment(context));
            return context.Agreement().Read(data =>
                productNumber is not null && data.Products.TryGetValue(productNumber, out var product)
                    ? JsonResponse.Create(Links.Rebase(product, Links.BaseUrlOf(context.Request)))
                    : errors.NotFound());
        });

        return endpoints;
    }

    // e-conomic lists barred as filterable on products, but returns 500 for barred$ne: and barred$eq:$null:.
    // Only barred$eq:value works.
    private static bool CrashesOnBarred(FilterPredicate predicate) =>
        predicate.Property == "barred"
        && (predicate.Operator == FilterOperator.NotEqual || (predicate.Operator == FilterOperator.Equal && predicate.Value.IsNull));

    // The routed value is already percent-decoded; the raw target keeps the escaping e-conomic defines.
    private static string RawItemSegment(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        var path = target.Split('?', 2)[0];
        var start = path.IndexOf(ItemPrefix, StringComparison.OrdinalIgnoreCase);

        return start < 0 ? string.Empty : path[(start + ItemPrefix.Length)..];
    }

    private static JsonObject Copy(JsonObject product) => product.DeepClone().AsObject();
}
