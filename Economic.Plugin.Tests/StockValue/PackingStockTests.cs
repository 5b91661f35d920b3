using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Tests.Invoicing;

namespace Economic.Plugin.Tests.StockValue;

public sealed class PackingStockTests
{
    [Fact]
    public async Task MarkPackedAsync_PartLine_LowersStockValue()
    {
        await using var fixture = await PackingHost.StartAsync();
        var warehouse = fixture.Host.Installations.GetWarehouse("shop-a");
        await warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "A100", Name = "Hylde 80 cm", CostPrice = 5m }, CancellationToken.None);
        await warehouse.Products.SetQuantityOnHandAsync("A100", 10m, CancellationToken.None);

        await fixture.Packing.MarkPackedAsync("shop-a", "1042", [new(1, 2.5m)], CancellationToken.None);

        var valuation = await warehouse.GetStockValuationAsync(CancellationToken.None);
        Assert.Equal(7.5m, Assert.Single(valuation.Items).QuantityOnHand);
        Assert.Equal(37.5m, valuation.TotalValue);
    }

    [Fact]
    public async Task MarkPackedAsync_RejectedLine_KeepsStock()
    {
        await using var fixture = await PackingHost.StartAsync();
        var warehouse = fixture.Host.Installations.GetWarehouse("shop-a");
        await warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "A100", Name = "Hylde 80 cm", CostPrice = 5m }, CancellationToken.None);
        await warehouse.Products.SetQuantityOnHandAsync("A100", 10m, CancellationToken.None);

        await fixture.Packing.MarkPackedAsync("shop-a", "1042", [new(9, 1m)], CancellationToken.None);

        Assert.Equal(50m, (await warehouse.GetStockValuationAsync(CancellationToken.None)).TotalValue);
    }
}
