using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using SmartPack.SampleHost.Storage;
using SmartPack.SampleHost.Warehouse;

namespace Economic.Plugin.Tests.Host;

public sealed class SqliteWarehouseTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteWarehouse _warehouse;

    public SqliteWarehouseTests() =>
        _warehouse = new SqliteWarehouse(new SqliteDatabase(_folder.Combine("data", "smartpack.db")), "shop-a");

    [Fact]
    public async Task UpsertOrder_SameContentTwice_SecondUnchanged()
    {
        var first = await _warehouse.UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);

        var second = await _warehouse.UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);

        Assert.Equal(ChangeResult.Inserted, first);
        Assert.Equal(ChangeResult.Unchanged, second);
    }

    [Fact]
    public async Task UpsertOrder_ChangedContent_Updated()
    {
        await _warehouse.UpsertOrderAsync(TestOrders.Create("1042", quantity: 2m), CancellationToken.None);

        var result = await _warehouse.UpsertOrderAsync(TestOrders.Create("1042", quantity: 2.5m), CancellationToken.None);

        Assert.Equal(ChangeResult.Updated, result);
        var stored = await _warehouse.GetOrderAsync("1042", CancellationToken.None);
        Assert.Equal(2.5m, stored!.Order.Lines[0].Quantity);
        Assert.Equal(WarehouseOrderStatus.Open, stored.Status);
    }

    [Fact]
    public async Task UpsertOrder_WhilePicking_ConflictAndDataUnchanged()
    {
        await _warehouse.UpsertOrderAsync(TestOrders.Create("1042", quantity: 2m), CancellationToken.None);
        await _warehouse.Orders.SetStatusAsync("1042", WarehouseOrderStatus.Picking, CancellationToken.None);

        var result = await _warehouse.UpsertOrderAsync(TestOrders.Create("1042", quantity: 7m), CancellationToken.None);

        Assert.Equal(ChangeResult.Conflict, result);
        var stored = await _warehouse.GetOrderAsync("1042", CancellationToken.None);
        Assert.Equal(2m, stored!.Order.Lines[0].Quantity);
        Assert.Equal(WarehouseOrderStatus.Picking, stored.Status);
    }

    [Fact]
    public async Task DeleteOrder_WhilePicking_Conflict()
    {
        await _warehouse.UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);
        await _warehouse.Orders.SetStatusAsync("1042", WarehouseOrderStatus.Picking, CancellationToken.None);

        var result = await _warehouse.DeleteOrderAsync("1042", CancellationToken.None);

        Assert.Equal(ChangeResult.Conflict, result);
        Assert.NotNull(await _warehouse.GetOrderAsync("1042", CancellationToken.None));
    }

    [Fact]
    public async Task DeleteOrder_WhileOpen_Deleted()
    {
        await _warehouse.UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);

        var deleted = await _warehouse.DeleteOrderAsync("1042", CancellationToken.None);
        var again = await _warehouse.DeleteOrderAsync("1042", CancellationToken.None);

        Assert.Equal(ChangeResult.Deleted, deleted);
        Assert.Equal(ChangeResult.NotFound, again);
        Assert.Null(await _warehouse.GetOrderAsync("1042", CancellationToken.None));
    }

    [Fact]
    public async Task RenumberOrder_FreeNumber_MovesOrderWithStatus()
    {
        await _warehouse.UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);
        await _warehouse.Orders.SetStatusAsync("1042", WarehouseOrderStatus.Packed, CancellationToken.None);

        var result = await _warehouse.RenumberOrderAsync("1042", "2042", CancellationToken.None);

        Assert.Equal(ChangeResult.Renumbered, result);
        Assert.Null(await _warehouse.GetOrderAsync("1042", CancellationToken.None));
        var moved = await _warehouse.GetOrderAsync("2042", CancellationToken.None);
        Assert.Equal("2042", moved!.Order.OrderNumber);
        Assert.Equal(WarehouseOrderStatus.Packed, moved.Status);
    }

    [Fact]
    public async Task RenumberOrder_TakenOrMissing_ConflictOrNotFound()
    {
        await _warehouse.UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);
        await _warehouse.UpsertOrderAsync(TestOrders.Create("1043"), CancellationToken.None);

        var taken = await _warehouse.RenumberOrderAsync("1042", "1043", CancellationToken.None);
        var missing = await _warehouse.RenumberOrderAsync("9999", "9998", CancellationToken.None);

        Assert.Equal(ChangeResult.Conflict, taken);
        Assert.Equal(ChangeResult.NotFound, missing);
        Assert.NotNull(await _warehouse.GetOrderAsync("1042", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertProduct_LeadingZeros_SeparateProducts()
    {
        var padded = await _warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "00123", Name = "Padded" }, CancellationToken.None);
        var plain = await _warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "123", Name = "Plain" }, CancellationToken.None);

        Assert.Equal(ChangeResult.Inserted, padded);
        Assert.Equal(ChangeResult.Inserted, plain);
        Assert.Equal("Padded", (await _warehouse.GetProductAsync("00123", CancellationToken.None))!.Name);
        Assert.Equal("Plain", (await _warehouse.GetProductAsync("123", CancellationToken.None))!.Name);
        Assert.Null(await _warehouse.GetProductAsync("0123", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertProduct_SameThenChanged_UnchangedThenUpdated()
    {
        var product = new WarehouseProduct { Sku = "A100", Name = "Kaffe", CostPrice = 12.50m };
        await _warehouse.UpsertProductAsync(product, CancellationToken.None);

        var same = await _warehouse.UpsertProductAsync(product, CancellationToken.None);
        var changed = await _warehouse.UpsertProductAsync(product with { CostPrice = 13m }, CancellationToken.None);

        Assert.Equal(ChangeResult.Unchanged, same);
        Assert.Equal(ChangeResult.Updated, changed);
    }

    [Fact]
    public async Task DeactivateProduct_Active_InactiveAndKept()
    {
        await _warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "A100", Name = "Kaffe" }, CancellationToken.None);

        var first = await _warehouse.DeactivateProductAsync("A100", CancellationToken.None);
        var second = await _warehouse.DeactivateProductAsync("A100", CancellationToken.None);
        var missing = await _warehouse.DeactivateProductAsync("B200", CancellationToken.None);

        Assert.Equal(ChangeResult.Updated, first);
        Assert.Equal(ChangeResult.Unchanged, second);
        Assert.Equal(ChangeResult.NotFound, missing);
        Assert.False((await _warehouse.GetProductAsync("A100", CancellationToken.None))!.IsActive);
    }

    [Fact]
    public async Task RenumberProduct_FreeSku_KeepsStock()
    {
        await _warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "A100", Name = "Kaffe", CostPrice = 10m }, CancellationToken.None);
        await _warehouse.Products.SetQuantityOnHandAsync("A100", 3m, CancellationToken.None);

        var result = await _warehouse.RenumberProductAsync("A100", "A100-NY", CancellationToken.None);

        Assert.Equal(ChangeResult.Renumbered, result);
        var item = Assert.Single((await _warehouse.GetStockValuationAsync(CancellationToken.None)).Items);
        Assert.Equal("A100-NY", item.Sku);
        Assert.Equal(3m, item.QuantityOnHand);
    }

    [Fact]
    public async Task GetStockValuation_FractionalQuantities_ExactDecimalTotal()
    {
        await _warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "A100", Name = "Kaffe", CostPrice = 0.10m }, CancellationToken.None);
        await _warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "B200", Name = "Te", CostPrice = 0.20m }, CancellationToken.None);
        await _warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "C300", Name = "Tom" }, CancellationToken.None);
        await _warehouse.Products.SetQuantityOnHandAsync("A100", 2.5m, CancellationToken.None);
        await _warehouse.Products.SetQuantityOnHandAsync("B200", 1m, CancellationToken.None);

        var valuation = await _warehouse.GetStockValuationAsync(CancellationToken.None);

        Assert.Equal(0.45m, valuation.TotalValue);
        Assert.Equal(["A100", "B200"], valuation.Items.Select(item => item.Sku));
    }

    public void Dispose() => _folder.Dispose();
}
