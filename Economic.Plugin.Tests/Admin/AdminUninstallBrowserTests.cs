using Economic.Plugin.Tests.Admin.Infrastructure;
using Economic.StandIn;

namespace Economic.Plugin.Tests.Admin;

public sealed class AdminUninstallBrowserTests : IDisposable
{
    private const string Password = "lager-admin-2026";
    private const string GrantToken = "agreement-grant-0c4e8b2d6f1a3957";

    private readonly TempFolder _data = new();

    [Fact]
    public async Task Uninstall_AfterImport_KeepsOrdersAndDropsSettings()
    {
        await using var standIn = await StandInServer.StartAsync();
        standIn.AddAgreement(GrantToken, 9200013, "Afinstallation ApS").AddGeneratedOrders(OrderStatus.Sent, count: 2);
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, standIn);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;
        await page.GotoAsync(host.Url("/admin").ToString());
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-form button[type=submit]");
        await page.ClickAsync("#install-Economic");
        await page.FillAsync("#setting-grantToken", GrantToken);
        await page.ClickAsync("#settings-form button[type=submit]");
        await page.GotoAsync(host.Url("/admin/tasks").ToString());
        await page.ClickAsync("#run-order-import");
        await page.Locator("#task-outcome").WaitForAsync();

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync(host.Url("/admin").ToString());
        await page.ClickAsync("#uninstall-economic");
        var message = await page.Locator("#catalog-message").TextContentAsync();
        var installButton = await page.Locator("#install-Economic").IsVisibleAsync();
        await page.GotoAsync(host.Url("/admin/orders?installation=economic").ToString());
        var orderRows = await page.Locator("#orders tbody tr").CountAsync();
        await page.GotoAsync(host.Url("/admin/settings?installation=economic").ToString());
        var settingsAfter = await page.Locator("#no-installation").IsVisibleAsync();

        Assert.Contains("economic", message, StringComparison.Ordinal);
        Assert.True(installButton);
        Assert.Equal(2, orderRows);
        Assert.True(settingsAfter);
    }

    public void Dispose() => _data.Dispose();
}
