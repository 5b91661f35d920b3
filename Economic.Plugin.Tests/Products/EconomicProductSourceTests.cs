using System.Text.Json.Nodes;
using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Products.Internal;
using Economic.StandIn;
using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin.Tests.Products;

public sealed class EconomicProductSourceTests
{
    [Fact]
    public async Task Sync_2345Products_StoresEachExactlyOnce()
    {
        await using var bed = await StandInTestBed.StartAsync();
        bed.Agreement.AddGeneratedProducts(2345);

        var result = await SyncAsync(bed, ImportMode.Full);

        Assert.Null(result.Error);
        Assert.Equal(2345, result.Inserted);
        Assert.Equal(0, result.Updated);
        Assert.Equal(0, result.Failed);
        Assert.Equal(2345, bed.Plugin.Warehouse.Products.Count);
        var expected = bed.Agreement.Products().Select(product => product["productNumber"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, bed.Plugin.Warehouse.Products.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, bed.ProductRequests().Count);
    }

    [Fact]
    public async Task Sync_SecondFullRun_StoresNothingNew()
    {
        await using var bed = await StandInTestBed.StartAsync();
        bed.Agreement.AddGeneratedProducts(2345);
        await SyncAsync(bed, ImportMode.Full);

        var result = await SyncAsync(bed, ImportMode.Full);

        Assert.Equal(0, result.Inserted);
        Assert.Equal(0, result.Updated);
        Assert.Equal(2345, result.Skipped);
        Assert.Equal(2345, bed.Plugin.Warehouse.Products.Count);
    }

    [Fact]
    public async Task Sync_MissingGrantToken_StopsWithConnectionError()
    {
        await using var bed = await StandInTestBed.StartAsync(new Dictionary<string, string?> { ["grantToken"] = "" });

        var result = await SyncAsync(bed, ImportMode.Full);

        Assert.NotNull(result.Error);
        Assert.Contains("grantToken", result.Error, StringComparison.Ordinal);
        var entry = Assert.Single(bed.Plugin.SyncLog.Entries);
        Assert.Equal(SyncArea.Connection, entry.Area);
        Assert.Equal(SyncStatus.Error, entry.Status);
        Assert.Empty(bed.StandIn.Requests);
    }

    [Fact]
    public async Task Sync_IncrementalAfterThreeChanges_ReadsOnlyThoseThree()
    {
        await using var bed = await StandInTestBed.StartAsync();
        bed.Agreement.AddGeneratedProducts(2345);
        await SyncAsync(bed, ImportMode.Full);
        bed.CatchUpClock();
        var changed = bed.Agreement.Products().Take(3).ToList();
        foreach (var product in changed)
        {
            product["name"] = "Ændret navn";
            bed.Agreement.PutProduct(product);
        }

        bed.StandIn.ClearRequests();

        var result = await SyncAsync(bed, ImportMode.Incremental);

        Assert.Null(result.Error);
        Assert.Equal(3, result.Updated);
        Assert.Equal(0, result.Inserted);
        Assert.Equal(0, result.Skipped);
        var request = Assert.Single(bed.ProductRequests());
        Assert.Contains("lastUpdated%24gte%3A", request.PathAndQuery, StringComparison.Ordinal);
        foreach (var product in changed)
        {
            Assert.Equal("Ændret navn", bed.Plugin.Warehouse.Products[product["productNumber"]!.GetValue<string>()].Name);
        }
    }

    [Fact]
    public async Task Sync_IncrementalWithoutCheckpoint_ReadsEverything()
    {
        await using var bed = await StandInTestBed.StartAsync();
        bed.Agreement.AddGeneratedProducts(15);

        var result = await SyncAsync(bed, ImportMode.Incremental);

        Assert.Equal(15, result.Inserted);
        Assert.DoesNotContain(bed.ProductRequests(), request => request.PathAndQuery.Contains("filter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_RecordedProductDocument_MapsEveryField()
    {
        await using var bed = await StandInTestBed.StartAsync();
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "product-single-with-inventory.json")))!.AsObject();
        document["barCode"] = "5701234567892";
        var stamped = bed.Time.GetUtcNow();
        bed.Agreement.PutProduct(document);

        await SyncAsync(bed, ImportMode.Full);

        var product = bed.Plugin.Warehouse.Products["01CF8D2E-A6A6-4"];
        Assert.Equal("fudge", product.Name);
        Assert.Equal("5701234567892", product.Barcode);
        Assert.Equal(0.00m, product.CostPrice);
        Assert.Equal(0.00m, product.SalesPrice);
        Assert.Equal(0.00m, product.RecommendedPrice);
        Assert.Equal("pcs.", product.Unit);
        Assert.False(product.IsActive);
        Assert.Equal(new DateTimeOffset(stamped.Year, stamped.Month, stamped.Day, stamped.Hour, stamped.Minute, 0, TimeSpan.Zero), product.SourceLastUpdated);
    }

    [Fact]
    public async Task Sync_NumbersAndOmittedFields_KeepsEachProductDistinct()
    {
        await using var bed = await StandInTestBed.StartAsync();
        foreach (var number in new[] { "00123", "123", "A-17", "00 7/B_x.y" })
        {
            bed.Agreement.PutProduct(new JsonObject { ["productNumber"] = number, ["name"] = $"Vare {number}" });
        }

        var result = await SyncAsync(bed, ImportMode.Full);

        Assert.Equal(4, result.Inserted);
        Assert.Equal(["00 7/B_x.y", "00123", "123", "A-17"], bed.Plugin.Warehouse.Products.Keys.Order(StringComparer.Ordinal));
        Assert.All(bed.Plugin.Warehouse.Products.Values, product => Assert.Null(product.Barcode));
        Assert.All(bed.Plugin.Warehouse.Products.Values, product => Assert.True(product.IsActive));
    }

    [Fact]
    public async Task Sync_NumberLongerThan25Characters_IsFlaggedNotTruncated()
    {
        await using var bed = await StandInTestBed.StartAsync();
        bed.Agreement.PutProduct(new JsonObject { ["productNumber"] = "PALLE-EUR-1200x800-GRÅ-2024", ["name"] = "Palle" });
        bed.Agreement.PutProduct(new JsonObject { ["productNumber"] = "A100", ["name"] = "Kaffe" });

        var result = await SyncAsync(bed, ImportMode.Full);

        Assert.Equal(1, result.Failed);
        Assert.Equal(1, result.Inserted);
        Assert.Equal(["A100"], bed.Plugin.Warehouse.Products.Keys);
        var entry = Assert.Single(bed.Plugin.SyncLog.Entries, entry => entry.Status == SyncStatus.Error);
        Assert.Equal("PALLE-EUR-1200x800-GRÅ-2024", entry.Reference);
        Assert.Contains("27 characters", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_BarredProduct_IsInactiveAndNoBarredFilterIsSent()
    {
        await using var bed = await StandInTestBed.StartAsync();
        bed.Agreement.PutProduct(new JsonObject { ["productNumber"] = "A100", ["name"] = "Kaffe" });
        bed.Agreement.PutProduct(new JsonObject { ["productNumber"] = "A900", ["name"] = "Udgået", ["barred"] = true });

        await SyncAsync(bed, ImportMode.Full);
        await SyncAsync(bed, ImportMode.Incremental);

        Assert.True(bed.Plugin.Warehouse.Products["A100"].IsActive);
        Assert.False(bed.Plugin.Warehouse.Products["A900"].IsActive);
        Assert.DoesNotContain(bed.ProductRequests(), request => request.PathAndQuery.Contains("barred", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_ServerError_KeepsCheckpointAndReportsError()
    {
        await using var bed = await StandInTestBed.StartAsync();
        bed.Agreement.AddGeneratedProducts(5);
        bed.StandIn.Faults.Add(new StandInFault { Method = "GET", PathPrefix = "/products", StatusCode = 500 });

        var result = await SyncAsync(bed, ImportMode.Full);

        Assert.NotNull(result.Error);
        Assert.Null(await bed.Plugin.State.GetAsync(ProductCheckpoint.Key, CancellationToken.None));
        var entry = Assert.Single(bed.Plugin.SyncLog.Entries, entry => entry.Status == SyncStatus.Error);
        Assert.Equal(500, entry.HttpStatus);
    }

    private static Task<ImportResult> SyncAsync(StandInTestBed bed, ImportMode mode) =>
        bed.Plugin.Services.GetRequiredService<IProductSource>().SyncProductsAsync(bed.Plugin.Installation, mode, CancellationToken.None);
}
