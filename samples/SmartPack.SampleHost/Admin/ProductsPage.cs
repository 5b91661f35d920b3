using System.Globalization;
using System.Net;
using System.Text;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Warehouse;

namespace SmartPack.SampleHost.Admin;

/// <summary>The read-only list of an installation's warehouse products at /admin/installations/{id}/products.</summary>
internal static class ProductsPage
{
    public static IEndpointRouteBuilder MapProductsPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/installations/{installationId}/products", RenderAsync);

        return endpoints;
    }

    private static async Task<IResult> RenderAsync(
        string installationId, InstallationService installations, SqliteProductList products, CancellationToken cancellationToken)
    {
        if (await installations.FindAsync(installationId, cancellationToken) is null)
        {
            return Results.NotFound();
        }

        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Products</title></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Products of installation {Encode(installationId)}</h1>");
        html.Append("<table><tr><th>SKU</th><th>Name</th><th>Barcode</th><th>Unit</th><th>Cost price</th><th>Sales price</th>");
        html.Append("<th>Recommended price</th><th>Active</th><th>Changed in e-conomic</th></tr>");
        foreach (var product in await products.ListAsync(installationId, cancellationToken))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(product.Sku)}</td><td>{Encode(product.Name)}</td><td>{Encode(product.Barcode)}</td><td>{Encode(product.Unit)}</td>"
                + $"<td>{Money(product.CostPrice)}</td><td>{Money(product.SalesPrice)}</td><td>{Money(product.RecommendedPrice)}</td>"
                + $"<td>{(product.IsActive ? "yes" : "no")}</td><td>{product.SourceLastUpdated:u}</td></tr>");
        }

        html.Append("</table></body></html>");

        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Money(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
