using System.Text.Json.Nodes;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Scheduling;
using Economic.Plugin.Abstractions.Webhooks;
using Economic.Plugin.Tests.Products;
using Economic.Plugin.Webhooks;
using Economic.Plugin.Webhooks.Internal;
using Economic.StandIn;
using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin.Tests.Webhooks;

/// <summary>The webhook endpoint and queue task of the plugin against a real stand-in.</summary>
public sealed class WebhookQueueTaskTests
{
    private const string Secret = "hook-secret-4d2f";

    [Fact]
    public async Task Queue_ThousandCallsForOneProduct_EndInFinalStateWithFewReads()
    {
        await using var bed = await StartAsync();
        bed.Agreement.PutProduct(Product("A100", "Version 0"));

        var drained = new CancellationTokenSource();
        var drainLoop = DrainWhileAsync(bed, drained.Token);
        var calls = Enumerable.Range(1, 1000).Select(async version =>
        {
            bed.Agreement.PutProduct(Product("A100", $"Version {version}"));
            return await CallAsync(bed, "product-updated", "A100", "A100");
        });
        var responses = await Task.WhenAll(calls);
        bed.Agreement.PutProduct(Product("A100", "Final"));
        await CallAsync(bed, "product-updated", "A100", "A100");
        await drained.CancelAsync();
        await drainLoop;
        await DrainAsync(bed);

        Assert.All(responses, response => Assert.Equal(202, response.StatusCode));
        Assert.Equal("Final", bed.Plugin.Warehouse.Products["A100"].Name);
        var reads = bed.ProductRequests().Count(request => request.PathAndQuery == "/products/A100");
        Assert.InRange(reads, 1, 100);
    }

    [Fact]
    public async Task Queue_NotFoundTwiceThenFound_StoresProduct()
    {
        await using var bed = await StartAsync();
        bed.Agreement.PutProduct(Product("P-9001", "Sen vare"));
        bed.StandIn.Faults.Add(new StandInFault { Method = "GET", PathPrefix = "/products/P-9001", StatusCode = 404, Times = 2 });
        await CallAsync(bed, "product-updated", "P-9001", "P-9001");

        await DrainUntilEmptyAsync(bed);

        Assert.Equal("Sen vare", bed.Plugin.Warehouse.Products["P-9001"].Name);
        Assert.Equal(3, bed.ProductRequests().Count(request => request.PathAndQuery == "/products/P-9001"));
    }

    [Fact]
    public async Task Queue_ProductNotFoundThreeTimes_DeactivatesIt()
    {
        await using var bed = await StartAsync();
        await bed.Plugin.Warehouse.UpsertProductAsync(new() { Sku = "A100", Name = "Kaffe" }, CancellationToken.None);
        await CallAsync(bed, "product-updated", "A100", "A100");

        await DrainUntilEmptyAsync(bed);

        Assert.False(bed.Plugin.Warehouse.Products["A100"].IsActive);
        Assert.Equal(3, bed.ProductRequests().Count(request => request.PathAndQuery == "/products/A100"));
    }

    [Fact]
    public async Task Queue_SpecialProductNumber_RoundTripsThroughWebhookAndRead()
    {
        await using var bed = await StartAsync();
        bed.Agreement.PutProduct(Product("00 7/B_x.y", "Special"));

        await CallAsync(bed, "product-updated", "", "00 7/B_x.y");
        await DrainUntilEmptyAsync(bed);

        Assert.Equal("Special", bed.Plugin.Warehouse.Products["00 7/B_x.y"].Name);
        Assert.Contains(bed.ProductRequests(), request => request.PathAndQuery == "/products/00_9_7_6_B_8_x_11_y");
    }

    [Fact]
    public async Task Queue_RenumberedProduct_MovesWithoutDuplicate()
    {
        await using var bed = await StartAsync();
        bed.Agreement.PutProduct(Product("A100", "Kaffe"));
        await CallAsync(bed, "product-updated", "", "A100");
        await DrainUntilEmptyAsync(bed);
        bed.Agreement.RenumberProduct("A100", "A100-B");

        await CallAsync(bed, "product-updated", "A100", "A100-B");
        await DrainUntilEmptyAsync(bed);

        Assert.Equal(["A100-B"], bed.Plugin.Warehouse.Products.Keys);
        Assert.Equal("Kaffe", bed.Plugin.Warehouse.Products["A100-B"].Name);
    }

    [Fact]
    public async Task Queue_RenumberWhileOldNumberExists_MovesNothing()
    {
        await using var bed = await StartAsync();
        bed.Agreement.PutProduct(Product("A100", "Kaffe"));
        bed.Agreement.PutProduct(Product("B200", "Te"));
        await CallAsync(bed, "product-updated", "", "A100");
        await CallAsync(bed, "product-updated", "", "B200");
        await DrainUntilEmptyAsync(bed);

        await CallAsync(bed, "product-updated", "A100", "B200");
        await DrainUntilEmptyAsync(bed);

        Assert.Equal(["A100", "B200"], bed.Plugin.Warehouse.Products.Keys.Order(StringComparer.Ordinal));
        Assert.True(bed.Plugin.Warehouse.Products["A100"].IsActive);
        Assert.Equal("Te", bed.Plugin.Warehouse.Products["B200"].Name);
    }

    [Fact]
    public async Task Queue_WrongSecret_Returns401AndChangesNothing()
    {
        await using var bed = await StartAsync();
        bed.Agreement.PutProduct(Product("A100", "Kaffe"));

        var response = await CallAsync(bed, "product-updated", "A100", "A100", secret: "not-the-secret");
        await DrainUntilEmptyAsync(bed);

        Assert.Equal(401, response.StatusCode);
        Assert.Empty(bed.Plugin.Warehouse.Products);
        Assert.Empty(bed.ProductRequests());
    }

    [Fact]
    public async Task Queue_RenumberedOrder_MovesWithoutDuplicate()
    {
        await using var bed = await StartAsync();
        bed.Agreement.AddGeneratedOrders(OrderStatus.Sent, 1);
        var number = bed.Agreement.Orders(OrderStatus.Sent)[0]["orderNumber"]!.GetValue<int>();
        await CallAsync(bed, "order-updated", "", Text(number));
        await DrainUntilEmptyAsync(bed);
        bed.Agreement.RenumberOrder(OrderStatus.Sent, number, number + 500);

        await CallAsync(bed, "order-updated", Text(number), Text(number + 500));
        await DrainUntilEmptyAsync(bed);

        Assert.Equal([Text(number + 500)], bed.Plugin.Warehouse.Orders.Keys);
    }

    [Fact]
    public async Task Queue_DeletedOrderBeingPicked_IsKeptWithWarning()
    {
        await using var bed = await StartAsync();
        bed.Agreement.AddGeneratedOrders(OrderStatus.Sent, 1);
        var number = bed.Agreement.Orders(OrderStatus.Sent)[0]["orderNumber"]!.GetValue<int>();
        await CallAsync(bed, "order-updated", "", Text(number));
        await DrainUntilEmptyAsync(bed);
        bed.Plugin.Warehouse.SetStatus(Text(number), WarehouseOrderStatus.Picking);
        bed.Agreement.RemoveOrder(OrderStatus.Sent, number);

        await CallAsync(bed, "order-deleted", Text(number), "");
        await DrainUntilEmptyAsync(bed);

        Assert.True(bed.Plugin.Warehouse.Orders.ContainsKey(Text(number)));
        var warning = Assert.Single(bed.Plugin.SyncLog.Entries, entry => entry.Status == SyncStatus.Warning && entry.Reference == Text(number));
        Assert.Contains("warehouse work has started", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_DeletedOpenOrder_IsDeleted()
    {
        await using var bed = await StartAsync();
        bed.Agreement.AddGeneratedOrders(OrderStatus.Sent, 1);
        var number = bed.Agreement.Orders(OrderStatus.Sent)[0]["orderNumber"]!.GetValue<int>();
        await CallAsync(bed, "order-updated", "", Text(number));
        await DrainUntilEmptyAsync(bed);
        bed.Agreement.RemoveOrder(OrderStatus.Sent, number);

        await CallAsync(bed, "order-deleted", Text(number), "");
        await DrainUntilEmptyAsync(bed);

        Assert.Empty(bed.Plugin.Warehouse.Orders);
    }

    private static Task<StandInTestBed> StartAsync() =>
        StandInTestBed.StartAsync(
            new Dictionary<string, string?> { ["webhookSecret"] = Secret },
            services => services.Configure<WebhookQueueOptions>(options =>
            {
                options.NotFoundRetryDelays = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40)];
                options.FailureRetryDelay = TimeSpan.FromMilliseconds(50);
            }));

    private static JsonObject Product(string number, string name) => new() { ["productNumber"] = number, ["name"] = name };

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task<WebhookResponse> CallAsync(StandInTestBed bed, string eventPath, string old, string @new, string secret = Secret)
    {
        var request = new WebhookRequest
        {
            Method = "POST",
            Path = $"{secret}/{eventPath}",
            ContentType = "application/x-www-form-urlencoded",
            Form = new Dictionary<string, string> { ["old"] = old, ["new"] = @new },
        };

        return bed.Plugin.Services.GetRequiredService<IWebhookHandler>().HandleWebhookAsync(bed.Plugin.Installation, request, CancellationToken.None);
    }

    private static Task<ScheduledTaskResult> DrainAsync(StandInTestBed bed) =>
        bed.Plugin.Services.GetServices<IScheduledTask>().Single(task => task.Name == WebhookQueueTask.TaskName)
            .RunAsync(bed.Plugin.Installation, ScheduledRunTrigger.Schedule, CancellationToken.None);

    private static async Task DrainWhileAsync(StandInTestBed bed, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await DrainAsync(bed);
            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }
    }

    // The retry delays are milliseconds on the real clock, so a short pause makes postponed entries due.
    private static async Task DrainUntilEmptyAsync(StandInTestBed bed)
    {
        for (var run = 0; run < 20; run++)
        {
            await DrainAsync(bed);
            if (await WebhookQueue.CountAsync(bed.Plugin.State, CancellationToken.None) == 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(60));
        }

        Assert.Fail("The webhook queue still had entries after 20 runs.");
    }
}
