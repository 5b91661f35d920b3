using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Economic.Plugin.Tests.Admin.Infrastructure;
using Economic.StandIn;
using Microsoft.Extensions.DependencyInjection;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Scheduling;

namespace Economic.Plugin.Tests.Admin;

public sealed class AdminWebhookAndProductTests : IDisposable
{
    private const string Password = "lager-admin-2026";
    private const string InstallationId = "economic";

    private readonly TempFolder _data = new();

    [Fact]
    public async Task WebhookUrlsPage_AfterLogin_ShowsSecretUrls()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        var installations = host.App.Services.GetRequiredService<InstallationService>();
        await installations.InstallAsync("Economic", InstallationId, CancellationToken.None);
        var secret = (await installations.CreateContextAsync(InstallationId, CancellationToken.None)).Settings.GetString("webhookSecret");
        using var session = new AdminHttpSession(host.App.BaseUrl);
        using var anonymous = await session.GetAsync($"/admin/installations/{InstallationId}/webhooks");
        using var login = await session.LogInAsync(Password);

        using var page = await session.GetAsync($"/admin/installations/{InstallationId}/webhooks");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("/admin/login", anonymous.Headers.Location?.AbsolutePath);
        Assert.NotNull(secret);
        foreach (var eventPath in new[] { "order-updated", "order-deleted", "product-updated" })
        {
            Assert.Contains(WebUtility.HtmlEncode($"{host.App.BaseUrl}webhooks/{InstallationId}/{secret}/{eventPath}"), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProductsPage_AfterProductSync_ListsSyncedProducts()
    {
        var options = new StandInOptions();
        await using var standIn = await StandInServer.StartAsync(options);
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, standIn);
        var installations = host.App.Services.GetRequiredService<InstallationService>();
        await installations.InstallAsync("Economic", InstallationId, CancellationToken.None);
        await installations.SaveSettingsAsync(InstallationId, new Dictionary<string, string?> { ["grantToken"] = options.DemoGrantToken }, CancellationToken.None);
        var outcome = await host.App.Services.GetRequiredService<TaskRunner>().RunNowAsync(InstallationId, "product-sync", CancellationToken.None);
        using var session = new AdminHttpSession(host.App.BaseUrl);
        using var login = await session.LogInAsync(Password);

        using var page = await session.GetAsync("/admin/products");
        var html = await page.Content.ReadAsStringAsync();

        Assert.True(outcome.Succeeded, outcome.Message);
        var first = standIn.GetAgreement(options.DemoGrantToken).Products().OrderBy(product => product["productNumber"]!.GetValue<string>(), StringComparer.Ordinal).First();
        var encoder = HtmlEncoder.Create(UnicodeRanges.All);
        Assert.Contains($"<td>{encoder.Encode(first["productNumber"]!.GetValue<string>())}</td>", html, StringComparison.Ordinal);
        Assert.Contains(encoder.Encode(first["name"]!.GetValue<string>()), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductsPage_CountedQuantity_ChangesStockValue()
    {
        var options = new StandInOptions();
        await using var standIn = await StandInServer.StartAsync(options);
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, standIn);
        var installations = host.App.Services.GetRequiredService<InstallationService>();
        await installations.InstallAsync("Economic", InstallationId, CancellationToken.None);
        await installations.SaveSettingsAsync(InstallationId, new Dictionary<string, string?> { ["grantToken"] = options.DemoGrantToken }, CancellationToken.None);
        await host.App.Services.GetRequiredService<TaskRunner>().RunNowAsync(InstallationId, "product-sync", CancellationToken.None);
        var warehouse = installations.GetWarehouse(InstallationId);
        var product = standIn.GetAgreement(options.DemoGrantToken).Products()
            .Where(document => document["costPrice"] is { } cost && cost.GetValue<decimal>() > 0m)
            .Select(document => document["productNumber"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .First();
        var costPrice = (await warehouse.GetProductAsync(product, CancellationToken.None))?.CostPrice;
        var before = (await warehouse.GetStockValuationAsync(CancellationToken.None)).TotalValue;
        using var session = new AdminHttpSession(host.App.BaseUrl);
        using var login = await session.LogInAsync(Password);
        var page = $"/admin/products?installation={InstallationId}";
        var currentQuantity = (await warehouse.GetStockValuationAsync(CancellationToken.None)).Items
            .Where(item => item.Sku == product)
            .Sum(item => item.QuantityOnHand);

        using var rejected = await session.PostFormAsync(page, $"{page}&handler=Count", [new("sku", product), new("counted", "-3")]);
        var rejectedHtml = await rejected.Content.ReadAsStringAsync();
        using var counted = await session.PostFormAsync(page, $"{page}&handler=Count", [new("sku", product), new("counted", "40")]);
        var after = (await warehouse.GetStockValuationAsync(CancellationToken.None)).TotalValue;

        Assert.Contains("is not a quantity of 0 or more", rejectedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, counted.StatusCode);
        Assert.NotNull(costPrice);
        Assert.Equal(before + ((40m - currentQuantity) * costPrice.Value), after);
    }

    public void Dispose() => _data.Dispose();
}
