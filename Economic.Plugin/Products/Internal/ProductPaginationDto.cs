namespace Economic.Plugin.Products.Internal;

/// <summary>The paging block of a product page.</summary>
internal sealed record ProductPaginationDto
{
    public int? SkipPages { get; init; }

    public int? PageSize { get; init; }

    public int? Results { get; init; }

    public string? NextPage { get; init; }
}
