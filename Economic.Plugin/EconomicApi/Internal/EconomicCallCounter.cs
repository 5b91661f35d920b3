namespace Economic.Plugin.EconomicApi.Internal;

/// <summary>Counts the HTTP requests one session sends, retries included.</summary>
internal sealed class EconomicCallCounter
{
    private int _count;

    /// <summary>The request option that carries the counter from the session's Refit settings to the counting handler.</summary>
    public static HttpRequestOptionsKey<EconomicCallCounter> OptionKey { get; } = new("Economic.CallCounter");

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
