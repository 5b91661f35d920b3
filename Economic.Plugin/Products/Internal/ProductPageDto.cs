namespace Economic.Plugin.Products.Internal;

/// <summary>One page of <c>GET /products</c>.</summary>
internal sealed record ProductPageDto
{
    public IReadOnlyList<ProductDto>? Collection { get; init; }

    public ProductPaginationDto? Pagination { get; init; }
}
