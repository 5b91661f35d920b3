using System.Collections.Concurrent;
using Economic.Plugin.EconomicApi.Internal;
using Refit;

namespace Economic.Plugin.EconomicApi;

/// <summary>
/// One run's connection to one e-conomic agreement: typed Refit clients over a shared, resilient HTTP
/// pipeline, and the number of requests sent. Create it with <see cref="EconomicSessionFactory"/>.
/// </summary>
internal sealed class EconomicSession : IDisposable
{
    private readonly HttpClient _client;
    private readonly EconomicCallCounter _counter;
    private readonly RefitSettings _refitSettings;
    private readonly ConcurrentDictionary<Type, object> _apis = new();

    public EconomicSession(HttpClient client, EconomicCallCounter counter, RefitSettings refitSettings, EconomicClientOptions options)
    {
        _client = client;
        _counter = counter;
        _refitSettings = refitSettings;
        Options = options;
    }

    /// <summary>The HTTP requests sent so far, retries included.</summary>
    public int CallCount => _counter.Count;

    /// <summary>The client options, such as the page size.</summary>
    public EconomicClientOptions Options { get; }

    /// <summary>Returns the Refit client for <typeparamref name="TApi"/>, created once per session.</summary>
    public TApi Api<TApi>()
        where TApi : class =>
        (TApi)_apis.GetOrAdd(typeof(TApi), _ => RestService.For<TApi>(_client, _refitSettings));

    /// <summary>Reads a whole collection at the configured page size; see <see cref="EconomicPaging"/>.</summary>
    public IAsyncEnumerable<T> ReadAllAsync<T, TKey>(
        Func<int, int, CancellationToken, Task<EconomicCollection<T>>> readPageAsync,
        Func<T, TKey> keyOf,
        CancellationToken cancellationToken)
        where TKey : notnull =>
        EconomicPaging.ReadAllAsync(readPageAsync, keyOf, Options.PageSize, cancellationToken);

    public void Dispose() => _client.Dispose();
}
