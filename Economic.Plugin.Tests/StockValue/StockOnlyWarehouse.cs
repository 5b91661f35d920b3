using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.StockValue;

namespace Economic.Plugin.Tests.StockValue;

/// <summary>A warehouse that only reports a stock value, which the test sets.</summary>
internal sealed class StockOnlyWarehouse : IWarehouse
{
    public decimal TotalValue { get; set; }

    public Task<StockValuation> GetStockValuationAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StockValuation(TotalValue, [new StockValuationItem("A100", 1m, TotalValue)]));

    public Task<StoredOrder?> GetOrderAsync(string orderNumber, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ChangeResult> UpsertOrderAsync(WarehouseOrder order, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ChangeResult> DeleteOrderAsync(string orderNumber, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ChangeResult> RenumberOrderAsync(string oldNumber, string newNumber, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WarehouseProduct?> GetProductAsync(string sku, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ChangeResult> UpsertProductAsync(WarehouseProduct product, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ChangeResult> DeactivateProductAsync(string sku, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ChangeResult> RenumberProductAsync(string oldSku, string newSku, CancellationToken cancellationToken) => throw new NotSupportedException();
}
