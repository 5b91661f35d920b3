namespace Economic.Plugin.EconomicApi;

/// <summary>The <c>pagination</c> block of an e-conomic collection page.</summary>
internal sealed record EconomicPagination
{
    /// <summary>The largest page size the collection accepts (1000 on every collection seen).</summary>
    public int? MaxPageSizeAllowed { get; init; }

    /// <summary>The zero-based page index of this page.</summary>
    public int? SkipPages { get; init; }

    /// <summary>The page size of this page.</summary>
    public int? PageSize { get; init; }

    /// <summary>The number of items that match the filter, over all pages.</summary>
    public int? Results { get; init; }

    /// <summary>The number of items in the collection without the filter.</summary>
    public int? ResultsWithoutFilter { get; init; }

    /// <summary>The link to the first page.</summary>
    public string? FirstPage { get; init; }

    /// <summary>The link to the next page; absent on the last page.</summary>
    public string? NextPage { get; init; }

    /// <summary>The link to the last page.</summary>
    public string? LastPage { get; init; }
}
