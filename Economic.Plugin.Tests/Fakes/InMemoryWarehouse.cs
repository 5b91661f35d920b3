using System.Text.Json;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.StockValue;

namespace Economic.Plugin.Tests.Fakes;

/// <summary>
/// An <see cref="IWarehouse"/> in memory with the host's rules: content is compared field by field
/// (Unchanged when equal), and an order whose warehouse work has started is never changed (Conflict).
/// </summary>
public sealed class InMemoryWarehouse : IWarehouse
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredOrder> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WarehouseProduct> _products = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, StoredOrder> Orders
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, StoredOrder>(_orders, StringComparer.Ordinal);
            }
        }
    }

    public IReadOnlyDictionary<string, WarehouseProduct> Products
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, WarehouseProduct>(_products, StringComparer.Ordinal);
            }
        }
    }

    public int UpsertCalls { get; private set; }

    /// <summary>Sets the warehouse status of a stored order, as picking or packing would.</summary>
    public void SetStatus(string orderNumber, WarehouseOrderStatus status)
    {
        lock (_gate)
        {
            _orders[orderNumber] = _orders[orderNumber] with { Status = status };
        }
    }

    public Task<StoredOrder?> GetOrderAsync(string orderNumber, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_orders.GetValueOrDefault(orderNumber));
        }
    }

    public Task<ChangeResult> UpsertOrderAsync(WarehouseOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);

        lock (_gate)
        {
            UpsertCalls++;
            if (!_orders.TryGetValue(order.OrderNumber, out var stored))
            {
                _orders[order.OrderNumber] = new StoredOrder(order, WarehouseOrderStatus.Open);
                return Task.FromResult(ChangeResult.Inserted);
            }

            if (SameContent(stored.Order, order))
            {
                return Task.FromResult(ChangeResult.Unchanged);
            }

            if (stored.Status != WarehouseOrderStatus.Open)
            {
                return Task.FromResult(ChangeResult.Conflict);
            }

            _orders[order.OrderNumber] = stored with { Order = order };
            return Task.FromResult(ChangeResult.Updated);
        }
    }

    public Task<ChangeResult> DeleteOrderAsync(string orderNumber, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(orderNumber, out var stored))
            {
                return Task.FromResult(ChangeResult.NotFound);
            }

            if (stored.Status != WarehouseOrderStatus.Open)
            {
                return Task.FromResult(ChangeResult.Conflict);
            }

            _orders.Remove(orderNumber);
            return Task.FromResult(ChangeResult.Deleted);
        }
    }

    public Task<ChangeResult> RenumberOrderAsync(string oldNumber, string newNumber, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(oldNumber, out var stored))
            {
                return Task.FromResult(ChangeResult.NotFound);
            }

            if (_orders.ContainsKey(newNumber))
            {
                return Task.FromResult(ChangeResult.Conflict);
            }

            _orders.Remove(oldNumber);
            _orders[newNumber] = stored with { Order = stored.Order with { OrderNumber = newNumber } };
            return Task.FromResult(ChangeResult.Renumbered);
        }
    }

    public Task<WarehouseProduct?> GetProductAsync(string sku, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_products.GetValueOrDefault(sku));
        }
    }

    public Task<ChangeResult> UpsertProductAsync(WarehouseProduct product, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);

        lock (_gate)
        {
            if (!_products.TryGetValue(product.Sku, out var stored))
            {
                _products[product.Sku] = product;
                return Task.FromResult(ChangeResult.Inserted);
            }

            if (SameContent(stored, product))
            {
                return Task.FromResult(ChangeResult.Unchanged);
            }

            _products[product.Sku] = product;
            return Task.FromResult(ChangeResult.Updated);
        }
    }

    public Task<ChangeResult> DeactivateProductAsync(string sku, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_products.TryGetValue(sku, out var stored))
            {
                return Task.FromResult(ChangeResult.NotFound);
            }

            if (!stored.IsActive)
            {
                return Task.FromResult(ChangeResult.Unchanged);
            }

            _products[sku] = stored with { IsActive = false };
            return Task.FromResult(ChangeResult.Updated);
        }
    }

    public Task<ChangeResult> RenumberProductAsync(string oldSku, string newSku, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_products.TryGetValue(oldSku, out var stored))
            {
                return Task.FromResult(ChangeResult.NotFound);
            }

            if (_products.ContainsKey(newSku))
            {
                return Task.FromResult(ChangeResult.Conflict);
            }

            _products.Remove(oldSku);
            _products[newSku] = stored with { Sku = newSku };
            return Task.FromResult(ChangeResult.Renumbered);
        }
    }

    public Task<StockValuation> GetStockValuationAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("This fake has no stock; the stock value tests use their own warehouse data.");

    // Records compare lists by reference, so content is compared through the serialized form.
    private static bool SameContent<T>(T stored, T incoming) =>
        JsonSerializer.Serialize(stored) == JsonSerializer.Serialize(incoming);
}
