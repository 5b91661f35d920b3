namespace Economic.Plugin.EconomicApi.Internal;

/// <summary>Tags each request of one session with its call counter, before the shared pipeline runs.</summary>
internal sealed class EconomicSessionHandler(EconomicCallCounter counter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        request.Options.Set(EconomicCallCounter.OptionKey, counter);
        return base.SendAsync(request, cancellationToken);
    }
}
