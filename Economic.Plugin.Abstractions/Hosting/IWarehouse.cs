using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.StockValue;

namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>
/// The warehouse data of one installation, as the host stores it. The plugin applies the changes it
/// reads from e-conomic through this interface, and the host enforces the warehouse's own rules:
/// an order that warehouse work has started on is never rewritten or deleted, and the call says so
/// with <see cref="ChangeResult.Conflict"/>.
/// </summary>
public interface IWarehouse
{
    /// <summary>Returns the order with e-conomic number <paramref name="orderNumber"/>, or null.</summary>
    Task<StoredOrder?> GetOrderAsync(string orderNumber, CancellationToken cancellationToken);

    /// <summary>Inserts the order, or updates it while no warehouse work has started on it.</summary>
    /// <returns><see cref="ChangeResult.Inserted"/>, <see cref="ChangeResult.Updated"/>,
    /// <see cref="ChangeResult.Unchanged"/> (same content) or <see cref="ChangeResult.Conflict"/>.</returns>
    Task<ChangeResult> UpsertOrderAsync(WarehouseOrder order, CancellationToken cancellationToken);

    /// <summary>Deletes the order while no warehouse work has started on it.</summary>
    /// <returns><see cref="ChangeResult.Deleted"/>, <see cref="ChangeResult.NotFound"/> or <see cref="ChangeResult.Conflict"/>.</returns>
    Task<ChangeResult> DeleteOrderAsync(string orderNumber, CancellationToken cancellationToken);

    /// <summary>Moves an order to a new e-conomic number, keeping its warehouse history.</summary>
    /// <returns><see cref="ChangeResult.Renumbered"/>, <see cref="ChangeResult.NotFound"/> or
    /// <see cref="ChangeResult.Conflict"/> when <paramref name="newNumber"/> is taken.</returns>
    Task<ChangeResult> RenumberOrderAsync(string oldNumber, string newNumber, CancellationToken cancellationToken);

    /// <summary>Returns the product with SKU <paramref name="sku"/>, or null.</summary>
    Task<WarehouseProduct?> GetProductAsync(string sku, CancellationToken cancellationToken);

    /// <summary>Inserts or updates a product, keyed on its SKU (compared ordinally).</summary>
    /// <returns><see cref="ChangeResult.Inserted"/>, <see cref="ChangeResult.Updated"/> or <see cref="ChangeResult.Unchanged"/>.</returns>
    Task<ChangeResult> UpsertProductAsync(WarehouseProduct product, CancellationToken cancellationToken);

    /// <summary>Marks a product inactive: not offered for new orders, with its history kept.</summary>
    /// <returns><see cref="ChangeResult.Updated"/>, <see cref="ChangeResult.Unchanged"/> or <see cref="ChangeResult.NotFound"/>.</returns>
    Task<ChangeResult> DeactivateProductAsync(string sku, CancellationToken cancellationToken);

    /// <summary>Moves a product to a new SKU, keeping its stock and history.</summary>
    /// <returns><see cref="ChangeResult.Renumbered"/>, <see cref="ChangeResult.NotFound"/> or
    /// <see cref="ChangeResult.Conflict"/> when <paramref name="newSku"/> is taken.</returns>
    Task<ChangeResult> RenumberProductAsync(string oldSku, string newSku, CancellationToken cancellationToken);

    /// <summary>Returns the current stock value with its per-product breakdown.</summary>
    Task<StockValuation> GetStockValuationAsync(CancellationToken cancellationToken);
}
