namespace Economic.Plugin.EconomicApi;

/// <summary>One page of an e-conomic collection.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed record EconomicCollection<T>
{
    /// <summary>The items of this page; e-conomic omits some fields in collections, such as order lines.</summary>
    public IReadOnlyList<T>? Collection { get; init; }

    /// <summary>The paging links and counts, where the server sends them.</summary>
    public EconomicPagination? Pagination { get; init; }

    /// <summary>The link to this page.</summary>
    public string? Self { get; init; }
}
