using Economic.Plugin.EconomicApi;
using Economic.Plugin.Products.Internal;
using Refit;

namespace Economic.Plugin.Products;

/// <summary>The e-conomic product endpoints the product sync and the webhook queue read.</summary>
internal interface IProductsApi
{
    /// <summary>Reads one page of products.</summary>
    /// <param name="skipPages">The zero-based page index.</param>
    /// <param name="pageSize">The page size, at most 1000.</param>
    /// <param name="filter">An e-conomic filter such as <c>lastUpdated$gte:2026-01-01T00:00:00Z</c>, or null.</param>
    /// <param name="sort">The sort property, such as <c>productNumber</c>, or null for e-conomic's default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/products")]
    Task<EconomicCollection<ProductDto>> GetProductsAsync(
        [AliasAs("skippages")] int skipPages,
        [AliasAs("pagesize")] int pageSize,
        string? filter,
        string? sort,
        CancellationToken cancellationToken);

    /// <summary>Reads one product.</summary>
    /// <param name="encodedProductNumber">The product number encoded by e-conomic's identifier rules
    /// ("/" as "_6_", space as "_9_" and so on); Refit then URL-encodes what remains.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [Get("/products/{encodedProductNumber}")]
    Task<ProductDto> GetProductAsync(string encodedProductNumber, CancellationToken cancellationToken);
}
