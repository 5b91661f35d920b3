using SmartPack.SampleHost.Packing;
using SmartPack.SampleHost.Webhooks;

namespace SmartPack.SampleHost;

/// <summary>
/// Maps the sample host's endpoints outside the admin area, so the app and the tests serve the same
/// routes. UseAdmin maps the admin area with its login.
/// </summary>
internal static class SampleHostEndpoints
{
    public static IEndpointRouteBuilder MapSampleHost(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPluginWebhooks();
        endpoints.MapPackingApi();

        return endpoints;
    }
}
