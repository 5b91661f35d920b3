using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.StockValue;

namespace Economic.Plugin.Tests.Webhooks;

/// <summary>A warehouse that fails every call: the webhook endpoint must never touch warehouse data.</summary>
internal sealed class UnusedWarehouse : IWarehouse
{
    public Task<StoredOrder?> GetOrderAsync(string orderNumber, CancellationToken cancellationToken) => throw Unused();

    public Task<ChangeResult> UpsertOrderAsync(WarehouseOrder order, CancellationToken cancellationToken) => throw Unused();

    public Task<ChangeResult> DeleteOrderAsync(string orderNumber, CancellationToken cancellationToken) => throw Unused();

    public Task<ChangeResult> RenumberOrderAsync(string oldNumber, string newNumber, CancellationToken cancellationToken) => throw Unused();

    public Task<WarehouseProduct?> GetProductAsync(string sku, CancellationToken cancellationToken) => throw Unused();

    public Task<ChangeResult> UpsertProductAsync(WarehouseProduct product, CancellationToken cancellationToken) => throw Unused();

    public Task<ChangeResult> DeactivateProductAsync(string sku, CancellationToken cancellationToken) => throw Unused();

    public Task<ChangeResult> RenumberProductAsync(string oldSku, string newSku, CancellationToken cancellationToken) => throw Unused();

    public Task<StockValuation> GetStockValuationAsync(CancellationToken cancellationToken) => throw Unused();

    private static InvalidOperationException Unused() => new("The webhook endpoint touched warehouse data.");
}
