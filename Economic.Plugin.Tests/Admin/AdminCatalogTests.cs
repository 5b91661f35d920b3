using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Tests.Admin.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SmartPack.SampleHost.Installations;
using TestOrders = Economic.Plugin.Tests.Host.TestOrders;

namespace Economic.Plugin.Tests.Admin;

public sealed class AdminCatalogTests : IDisposable
{
    private const string Password = "lager-admin-2026";

    private readonly TempFolder _data = new();

    [Fact]
    public async Task Catalog_RejectedPlugin_ShowsItWithReason()
    {
        var plugins = Path.Combine(_data.Path, "plugins");
        CopyFolder(Path.Combine(SampleHostUnderTest.BuiltPluginsFolder(), "Economic"), Path.Combine(plugins, "Economic"));
        Directory.CreateDirectory(Path.Combine(plugins, "Broken"));
        await File.WriteAllTextAsync(Path.Combine(plugins, "Broken", "plugin.manifest.json"), "{ \"id\": \"Broken\" ");
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, pluginsFolder: plugins);
        using var session = new AdminHttpSession(host.App.BaseUrl);
        using var login = await session.LogInAsync(Password);

        using var catalog = await session.GetAsync("/admin");
        var html = await catalog.Content.ReadAsStringAsync();

        Assert.Contains("id=\"plugin-Economic\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"install-Economic\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"rejected-Broken\"", html, StringComparison.Ordinal);
        Assert.Contains("Afvist", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductsPage_BarredProduct_ShowsBarred()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        var installations = host.App.Services.GetRequiredService<InstallationService>();
        await installations.InstallAsync("Economic", "economic", CancellationToken.None);
        var warehouse = installations.GetWarehouse("economic");
        await warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "00123", Name = "Hylde 80 cm", CostPrice = 1234.5m }, CancellationToken.None);
        await warehouse.UpsertProductAsync(new WarehouseProduct { Sku = "B7", Name = "Udgået beslag", IsActive = false }, CancellationToken.None);
        using var session = new AdminHttpSession(host.App.BaseUrl);
        using var login = await session.LogInAsync(Password);

        using var products = await session.GetAsync("/admin/products");
        var html = await products.Content.ReadAsStringAsync();

        Assert.Contains("<td>00123</td>", html, StringComparison.Ordinal);
        Assert.Contains("1.234,50", html, StringComparison.Ordinal);
        Assert.Matches("id=\"product-B7\">(.|\\n)*?Spærret", html);
    }

    [Fact]
    public async Task OrdersPage_OrderInPicking_ListsOrderAndStatus()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        var installations = host.App.Services.GetRequiredService<InstallationService>();
        await installations.InstallAsync("Economic", "economic", CancellationToken.None);
        var warehouse = installations.GetWarehouse("economic");
        await warehouse.UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);
        await warehouse.Orders.SetStatusAsync("1042", WarehouseOrderStatus.Picking, CancellationToken.None);
        using var session = new AdminHttpSession(host.App.BaseUrl);
        using var login = await session.LogInAsync(Password);

        using var orders = await session.GetAsync("/admin/orders");
        var html = await orders.Content.ReadAsStringAsync();

        Assert.Contains("id=\"order-1042\"", html, StringComparison.Ordinal);
        Assert.Contains("Jens Hansen", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"order-status\">Plukkes</td>", html, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
