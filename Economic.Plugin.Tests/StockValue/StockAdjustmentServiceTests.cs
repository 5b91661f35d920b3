using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Tests.Host;
using SmartPack.SampleHost.Storage;
using SmartPack.SampleHost.Warehouse;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockAdjustmentServiceTests : IDisposable
{
    private const string Installation = "installation-stock-1";

    private readonly TempFolder _folder = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteWarehouse _warehouse;
    private readonly StockAdjustmentService _service;

    public StockAdjustmentServiceTests()
    {
        _database = new SqliteDatabase(_folder.Combine("data", "smartpack.db"));
        _warehouse = new SqliteWarehouse(_database, Installation);
        _service = new StockAdjustmentService(_database);
    }

    [Fact]
    public async Task AdjustAsync_AddedStock_RaisesStockValue()
    {
        await AddProductAsync("A100", costPrice: 24.69m, quantity: 400m);

        var level = await _service.AdjustAsync(Installation, "A100", 50m, CancellationToken.None);

        Assert.Equal(450m, level.QuantityOnHand);
        Assert.Equal(11_110.50m, (await _warehouse.GetStockValuationAsync(CancellationToken.None)).TotalValue);
    }

    [Fact]
    public async Task AdjustAsync_BelowZero_Rejects()
    {
        await AddProductAsync("A100", costPrice: 10m, quantity: 2m);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _service.AdjustAsync(Installation, "A100", -3m, CancellationToken.None));

        Assert.Contains("would leave -1 in stock", error.Message, StringComparison.Ordinal);
        Assert.Equal(20m, (await _warehouse.GetStockValuationAsync(CancellationToken.None)).TotalValue);
    }

    [Fact]
    public async Task AdjustAsync_UnknownProduct_NamesProduct()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => _service.AdjustAsync(Installation, "ZZ-9", 1m, CancellationToken.None));

        Assert.Contains("Product 'ZZ-9' is not in the warehouse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetCountedAsync_FractionalCount_StoresExactQuantity()
    {
        await AddProductAsync("SAND-25", costPrice: 19.99m, quantity: 12.75m);

        var level = await _service.SetCountedAsync(Installation, "SAND-25", 10.25m, CancellationToken.None);

        Assert.Equal(10.25m, level.QuantityOnHand);
        Assert.Equal(204.8975m, (await _warehouse.GetStockValuationAsync(CancellationToken.None)).TotalValue);
    }

    [Fact]
    public async Task RemovePackedAsync_PackedLines_LowersEachProduct()
    {
        await AddProductAsync("A100", costPrice: 10m, quantity: 5m);
        await AddProductAsync("B200", costPrice: 2.5m, quantity: 1m);
        PackedLine[] lines = [new(1, "A100", 2m), new(2, "B200", 2m), new(3, "A100", 0.5m), new(4, "TEXT-ONLY", 1m)];

        var levels = await _service.RemovePackedAsync(Installation, lines, CancellationToken.None);

        Assert.Equal([new StockLevel("A100", 2.5m), new StockLevel("B200", -1m)], levels);
        Assert.Equal(22.5m, (await _warehouse.GetStockValuationAsync(CancellationToken.None)).TotalValue);
    }

    [Fact]
    public async Task RemovePackedAsync_NextRun_PostsDecrease()
    {
        await AddProductAsync("A100", costPrice: 100m, quantity: 100m);
        await using var harness = await StockValueHarness.StartAsync(new DateTimeOffset(2026, 2, 28, 1, 30, 0, TimeSpan.Zero));
        harness.InstallationWarehouse = _warehouse;
        await harness.RunAtAsync(new DateTimeOffset(2026, 2, 28, 1, 30, 0, TimeSpan.Zero));

        await _service.RemovePackedAsync(Installation, [new PackedLine(1, "A100", 2.0025m)], CancellationToken.None);
        var result = await harness.RunAtAsync(new DateTimeOffset(2026, 3, 31, 0, 30, 0, TimeSpan.Zero));

        Assert.True(result.Succeeded, result.Message);
        var entry = Assert.Single(harness.Vouchers)["entries"]!["financeVouchers"]![0]!;
        Assert.Equal(1355, entry["account"]!["accountNumber"]!.GetValue<int>());
        Assert.Equal(200.25m, entry["amount"]!.GetValue<decimal>());
    }

    public void Dispose() => _folder.Dispose();

    private async Task AddProductAsync(string sku, decimal costPrice, decimal quantity)
    {
        await _warehouse.UpsertProductAsync(new WarehouseProduct { Sku = sku, Name = sku, CostPrice = costPrice }, CancellationToken.None);
        await _warehouse.Products.SetQuantityOnHandAsync(sku, quantity, CancellationToken.None);
    }
}
