using Economic.StandIn.Collections;

namespace Economic.StandIn.Agreements;

/// <summary>GET /self: the agreement, company, application, settings and modules.</summary>
internal static class SelfEndpoints
{
    public static IEndpointRouteBuilder MapSelf(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/self", (HttpContext context) =>
        {
            var self = context.Agreement().Read(data => Links.Rebase(data.Self, Links.BaseUrlOf(context.Request)));
            return JsonResponse.Create(self);
        });

        return endpoints;
    }
}
