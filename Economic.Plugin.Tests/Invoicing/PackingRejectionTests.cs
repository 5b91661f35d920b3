using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Tests.Host;
using Economic.StandIn;
using SmartPack.SampleHost.Packing;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class PackingRejectionTests
{
    private const string PackedUrl = "/api/orders/shop-a/35071/packed";

    [Theory]
    [InlineData("""{"lines":[{"lineNumber":1,"packedQuantity":1000000},{"lineNumber":1,"packedQuantity":5}]}""", "Line 1 of order 35071 has packedQuantity 1000000, more than the ordered 1. Send a quantity from 0 to 1.")]
    [InlineData("""{"lines":[{"lineNumber":1,"packedQuantity":0.5},{"lineNumber":1,"packedQuantity":0.5}]}""", "Line 1 of order 35071 is listed more than once.")]
    [InlineData("""{"lines":[{"lineNumber":1}]}""", "Line 1 of order 35071 has no packedQuantity.")]
    [InlineData("""{"lines":[]}""", "Nothing was packed on order 35071")]
    [InlineData("""{"lines":[{"lineNumber":1,"packedQuantity":0}]}""", "Nothing was packed on order 35071")]
    public async Task PackedEndpoint_InvalidQuantities_Returns400AndStoresNothing(string body, string expected)
    {
        await using var scene = await Scene.StartAsync();

        using var response = await scene.Api.Client.PostAsync(PackedUrl, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await scene.AssertNothingStoredAsync(WarehouseOrderStatus.Open);
    }

    [Theory]
    [InlineData("{bad json", "application/json")]
    [InlineData("""{"lines":[{"lineNumber":"x"}]}""", "application/json")]
    [InlineData("[]", "application/json")]
    [InlineData("""{"lines":[]}""", "text/plain")]
    public async Task PackedEndpoint_UnreadableBody_ReturnsProblemWithExpectedShape(string body, string contentType)
    {
        await using var scene = await Scene.StartAsync();

        using var response = await scene.Api.Client.PostAsync(PackedUrl, new StringContent(body, Encoding.UTF8, contentType));

        var expectedStatus = contentType == "text/plain" ? HttpStatusCode.UnsupportedMediaType : HttpStatusCode.BadRequest;
        Assert.Equal(expectedStatus, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("""{"lines":[{"lineNumber":1,"packedQuantity":0.5}]}""", (string?)problem["detail"], StringComparison.Ordinal);
        await scene.AssertNothingStoredAsync(WarehouseOrderStatus.Open);
    }

    [Fact]
    public async Task PackedEndpoint_ShippedOrder_Returns409AndKeepsShipped()
    {
        await using var scene = await Scene.StartAsync();
        await scene.Host.Installations.GetWarehouse("shop-a").Orders.SetStatusAsync("35071", WarehouseOrderStatus.Shipped, CancellationToken.None);

        using var response = await scene.Api.Client.PostAsync(PackedUrl, content: null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Order 35071 is already shipped", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await scene.AssertNothingStoredAsync(WarehouseOrderStatus.Shipped);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private sealed class Scene(StandInServer standIn, HostTestEnvironment host, PackingApi api) : IAsyncDisposable
    {
        public HostTestEnvironment Host => host;

        public PackingApi Api => api;

        public static async Task<Scene> StartAsync()
        {
            var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = PackingEndToEndTests.AppSecretToken, SeedDemoAgreement = false });
            InvoicingStandIn.PutSampleOrder(standIn.AddAgreement(PackingEndToEndTests.GrantToken, 9100004, "Lager E2E ApS"));
            var host = await PackingEndToEndTests.StartHostAsync(standIn.BaseUrl);

            return new Scene(standIn, host, await PackingApi.StartAsync(host.Get<PackingService>()));
        }

        public async Task AssertNothingStoredAsync(WarehouseOrderStatus expectedStatus)
        {
            Assert.Empty(await host.Get<PackingService>().ListAsync("shop-a", CancellationToken.None));
            var stored = await host.Installations.GetWarehouse("shop-a").GetOrderAsync("35071", CancellationToken.None);
            Assert.Equal(expectedStatus, stored?.Status);
        }

        public async ValueTask DisposeAsync()
        {
            await api.DisposeAsync();
            await host.DisposeAsync();
            await standIn.DisposeAsync();
        }
    }
}
