using SmartPack.SampleHost.Admin;
using SmartPack.SampleHost.Packing;
using SmartPack.SampleHost.Webhooks;

namespace SmartPack.SampleHost;

/// <summary>Maps every endpoint of the sample host, so the app and the tests serve the same routes.</summary>
internal static class SampleHostEndpoints
{
    public static IEndpointRouteBuilder MapSampleHost(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPages();
        endpoints.MapProductsPage();
        endpoints.MapWebhookUrlsPage();
        endpoints.MapPluginWebhooks();
        endpoints.MapPackingApi();

        return endpoints;
    }
}
