using Economic.StandIn.Agreements;
using Economic.StandIn.Customers;
using Economic.StandIn.Errors;
using Economic.StandIn.Invoices;
using Economic.StandIn.Journals;
using Economic.StandIn.Orders;
using Economic.StandIn.Products;
using Economic.StandIn.RateLimiting;
using Economic.StandIn.Webhooks;

namespace Economic.StandIn.Hosting;

/// <summary>
/// The request pipeline: record, charge the rate limit, authenticate, inject faults, check the content type, then the endpoints.
/// The rate limit runs before authentication because e-conomic charges rejected calls too.
/// </summary>
internal static class StandInPipeline
{
    public static void Configure(WebApplication app)
    {
        app.UseMiddleware<RequestRecordingMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<AuthenticationMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<JsonContentTypeMiddleware>();
        app.UseRouting();

        app.MapSelf().MapOrders().MapCustomers().MapProducts().MapInvoices().MapJournals().MapStandInAdmin();
        app.MapFallback("{**path}", (ErrorBodies errors) => errors.NotFound());
    }
}
