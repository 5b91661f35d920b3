using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Orders.Internal;

/// <summary>
/// Reads each customer at most once per run. A failed read is remembered too, so the orders of a missing
/// customer fail without another request.
/// </summary>
internal sealed class CustomerCache(ICustomersApi customers)
{
    private readonly Dictionary<int, Task<(OrderCustomer Customer, MappingWarnings Warnings)>> _customers = [];

    public Task<(OrderCustomer Customer, MappingWarnings Warnings)> GetAsync(int customerNumber, CancellationToken cancellationToken)
    {
        if (!_customers.TryGetValue(customerNumber, out var customer))
        {
            customer = ReadAsync(customerNumber, cancellationToken);
            _customers[customerNumber] = customer;
        }

        return customer;
    }

    private async Task<(OrderCustomer, MappingWarnings)> ReadAsync(int customerNumber, CancellationToken cancellationToken)
    {
        var document = await customers.GetCustomerAsync(customerNumber, cancellationToken);
        var warnings = new MappingWarnings();

        return (CustomerMapper.Map(document, warnings), warnings);
    }
}
