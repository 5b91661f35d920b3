using Economic.Plugin.EconomicApi.Internal;

namespace Economic.Plugin.EconomicApi;

/// <summary>
/// Counts each request that reaches the network for the session that sent it. It sits inside the
/// resilience handler, so every retry is counted too.
/// </summary>
internal sealed class EconomicCallCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (request.Options.TryGetValue(EconomicCallCounter.OptionKey, out var counter))
        {
            counter.Increment();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
