using Refit;

namespace Economic.Plugin.EconomicApi;

/// <summary>e-conomic's <c>/self</c> resource: the agreement the grant token belongs to. A cheap connection test.</summary>
internal interface ISelfApi
{
    [Get("/self")]
    Task<EconomicSelf> GetSelfAsync(CancellationToken cancellationToken);
}
