using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Economic.StandIn;

namespace Economic.Plugin.Tests.Webhooks;

public sealed class StandInWebhooksTests : IAsyncLifetime
{
    private const string GrantToken = "grant-webhooks-1";

    private readonly StandInOptions _options = new() { SeedDemoAgreement = false };
    private StandInServer _standIn = null!;
    private WebhookReceiver _receiver = null!;
    private StandInAgreement _agreement = null!;

    public async Task InitializeAsync()
    {
        _standIn = await StandInServer.StartAsync(_options);
        _receiver = await WebhookReceiver.StartAsync();
        _agreement = _standIn.AddAgreement(GrantToken, 9300001, "Webhook ApS");
    }

    public async Task DisposeAsync()
    {
        await _standIn.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task ProductChanges_SendOldAndNewNumbers()
    {
        Subscribe(StandInWebhookType.ProductUpdated, "product");

        _agreement.PutProduct(Product("A100"));
        await _agreement.Webhooks.WhenIdleAsync();
        _agreement.PutProduct(Product("A100"));
        await _agreement.Webhooks.WhenIdleAsync();
        _agreement.RenumberProduct("A100", "A100-B");
        await _agreement.Webhooks.WhenIdleAsync();
        _agreement.RemoveProduct("A100-B");
        await _agreement.Webhooks.WhenIdleAsync();

        var calls = _receiver.Calls.Select(call => (call.Old, call.New)).ToList();
        Assert.Equal([("", "A100"), ("A100", "A100"), ("A100", "A100-B"), ("A100-B", "")], calls);
        Assert.All(_receiver.Calls, call => Assert.Equal("POST", call.Method));
        Assert.All(_receiver.Calls, call => Assert.StartsWith("application/x-www-form-urlencoded", call.ContentType, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrderDeleted_SendsToBothOrderTypes()
    {
        Subscribe(StandInWebhookType.OrderUpdated, "order-updated");
        Subscribe(StandInWebhookType.OrderDeleted, "order-deleted");
        _agreement.AddGeneratedOrders(OrderStatus.Sent, 1);
        var number = _agreement.Orders(OrderStatus.Sent)[0]["orderNumber"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _agreement.Webhooks.WhenIdleAsync();

        _agreement.RemoveOrder(OrderStatus.Sent, int.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
        await _agreement.Webhooks.WhenIdleAsync();

        Assert.Contains(_receiver.Calls, call => call.RawTarget == "/order-updated" && call.Old == "" && call.New == number);
        Assert.Contains(_receiver.Calls, call => call.RawTarget == "/order-updated" && call.Old == number && call.New == "");
        Assert.Contains(_receiver.Calls, call => call.RawTarget == "/order-deleted" && call.Old == number && call.New == "");
    }

    [Fact]
    public async Task MergeFieldsInUrl_AreEscaped()
    {
        _agreement.Webhooks.Add(new StandInWebhookSubscription
        {
            Type = StandInWebhookType.ProductUpdated,
            Url = $"{_receiver.BaseUrl}hook/[NEWNUMBER]?was=[OLDNUMBER]",
        });

        _agreement.PutProduct(Product("00 7/B"));
        await _agreement.Webhooks.WhenIdleAsync();

        var call = Assert.Single(_receiver.Calls);
        Assert.Equal("/hook/00%207%2FB?was=", call.RawTarget);
    }

    [Fact]
    public void Add_NonLoopbackUrl_IsRejected()
    {
        var subscription = new StandInWebhookSubscription { Type = StandInWebhookType.ProductUpdated, Url = "https://example.com/hook" };

        Assert.Throws<ArgumentException>(() => _agreement.Webhooks.Add(subscription));
    }

    [Fact]
    public async Task AdminApi_ChangesProductsAndSendsWebhooks()
    {
        using var client = AdminClient(_options.AppSecretToken);
        using var subscribed = await client.PostAsJsonAsync("__standin/webhooks", new { type = "productUpdated", url = $"{_receiver.BaseUrl}product" });

        using var put = await client.PutAsJsonAsync("__standin/products", new { productNumber = "A100", name = "Kaffe" });
        using var renumbered = await client.PostAsJsonAsync("__standin/products/renumber", new { from = "A100", to = "A/200" });
        using var deleted = await client.DeleteAsync("__standin/products?number=A%2F200");
        await _agreement.Webhooks.WhenIdleAsync();

        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, renumbered.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(_agreement.Products());
        // Calls go out several at a time, as e-conomic's do, so they may arrive in any order.
        var calls = _receiver.Calls.Select(call => $"{call.Old}->{call.New}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["->A100", "A/200->", "A100->A/200"], calls);
    }

    [Fact]
    public async Task AdminApi_RenumbersOrder()
    {
        using var client = AdminClient(_options.AppSecretToken);
        _agreement.AddGeneratedOrders(OrderStatus.Sent, 1);
        var number = _agreement.Orders(OrderStatus.Sent)[0]["orderNumber"]!.GetValue<int>();

        using var response = await client.PostAsJsonAsync($"__standin/orders/sent/{number}/renumber", new { to = number + 100 });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([number + 100], _agreement.Orders(OrderStatus.Sent).Select(order => order["orderNumber"]!.GetValue<int>()));
    }

    [Fact]
    public async Task AdminApi_UnknownProduct_Returns404()
    {
        using var client = AdminClient(_options.AppSecretToken);

        using var response = await client.DeleteAsync("__standin/products?number=NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AdminApi_WrongAppSecret_Returns401()
    {
        using var client = AdminClient("wrong-app-secret");

        using var response = await client.PutAsJsonAsync("__standin/products", new { productNumber = "A100", name = "Kaffe" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_agreement.Products());
    }

    private void Subscribe(StandInWebhookType type, string path) =>
        _agreement.Webhooks.Add(new StandInWebhookSubscription { Type = type, Url = $"{_receiver.BaseUrl}{path}" });

    private HttpClient AdminClient(string appSecret)
    {
        var client = new HttpClient { BaseAddress = _standIn.BaseUrl };
        client.DefaultRequestHeaders.Add("X-AppSecretToken", appSecret);
        client.DefaultRequestHeaders.Add("X-AgreementGrantToken", GrantToken);

        return client;
    }

    private static JsonObject Product(string number) => new() { ["productNumber"] = number, ["name"] = "Vare" };
}
