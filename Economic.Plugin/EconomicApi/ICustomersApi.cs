using Refit;

namespace Economic.Plugin.EconomicApi;

/// <summary>e-conomic's <c>/customers</c> resource.</summary>
internal interface ICustomersApi
{
    [Get("/customers/{customerNumber}")]
    Task<EconomicCustomer> GetCustomerAsync(int customerNumber, CancellationToken cancellationToken);

    [Get("/customers")]
    Task<EconomicCollection<EconomicCustomer>> GetCustomersAsync(
        [AliasAs("skippages")] int skipPages,
        [AliasAs("pagesize")] int pageSize,
        string? filter,
        CancellationToken cancellationToken);
}
