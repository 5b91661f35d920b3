using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.StockValue;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Warehouse;

/// <summary>The warehouse data of one installation in the host's SQLite file.</summary>
internal sealed class SqliteWarehouse(SqliteDatabase database, string installationId) : IWarehouse
{
    /// <summary>The orders, including the host-side operations warehouse work uses (status, listing).</summary>
    public SqliteOrders Orders { get; } = new(database, installationId);

    /// <summary>The products, including the host-side stock operations.</summary>
    public SqliteProducts Products { get; } = new(database, installationId);

    public Task<StoredOrder?> GetOrderAsync(string orderNumber, CancellationToken cancellationToken) =>
        Orders.GetAsync(orderNumber, cancellationToken);

    public Task<ChangeResult> UpsertOrderAsync(WarehouseOrder order, CancellationToken cancellationToken) =>
        Orders.UpsertAsync(order, cancellationToken);

    public Task<ChangeResult> DeleteOrderAsync(string orderNumber, CancellationToken cancellationToken) =>
        Orders.DeleteAsync(orderNumber, cancellationToken);

    public Task<ChangeResult> RenumberOrderAsync(string oldNumber, string newNumber, CancellationToken cancellationToken) =>
        Orders.RenumberAsync(oldNumber, newNumber, cancellationToken);

    public Task<WarehouseProduct?> GetProductAsync(string sku, CancellationToken cancellationToken) =>
        Products.GetAsync(sku, cancellationToken);

    public Task<ChangeResult> UpsertProductAsync(WarehouseProduct product, CancellationToken cancellationToken) =>
        Products.UpsertAsync(product, cancellationToken);

    public Task<ChangeResult> DeactivateProductAsync(string sku, CancellationToken cancellationToken) =>
        Products.DeactivateAsync(sku, cancellationToken);

    public Task<ChangeResult> RenumberProductAsync(string oldSku, string newSku, CancellationToken cancellationToken) =>
        Products.RenumberAsync(oldSku, newSku, cancellationToken);

    public Task<StockValuation> GetStockValuationAsync(CancellationToken cancellationToken) =>
        Products.GetStockValuationAsync(cancellationToken);
}
