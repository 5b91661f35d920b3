using Economic.Plugin.EconomicApi;
using Refit;

namespace Economic.Plugin.Orders;

/// <summary>e-conomic's <c>/orders/drafts</c>, <c>/orders/sent</c> and <c>/orders/archived</c> resources.</summary>
internal interface IOrdersApi
{
    /// <summary>Reads one page of orders; e-conomic leaves the lines out of collection items.</summary>
    /// <param name="status">The collection: "drafts", "sent" or "archived".</param>
    /// <param name="skipPages">The zero-based page index.</param>
    /// <param name="pageSize">The page size, at most 1000.</param>
    /// <param name="filter">An <see cref="EconomicFilter"/> value, or null for every order.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    [Get("/orders/{status}")]
    Task<EconomicCollection<EconomicOrder>> GetOrdersAsync(
        string status,
        [AliasAs("skippages")] int skipPages,
        [AliasAs("pagesize")] int pageSize,
        string? filter,
        CancellationToken cancellationToken);

    /// <summary>Reads one order with its lines.</summary>
    [Get("/orders/{status}/{orderNumber}")]
    Task<EconomicOrder> GetOrderAsync(string status, int orderNumber, CancellationToken cancellationToken);
}
