using System.Text;
using Economic.Plugin.Tests.Admin.Infrastructure;
using Economic.StandIn;

namespace Economic.Plugin.Tests.Admin;

public sealed class AdminFlowBrowserTests : IDisposable
{
    private const string Password = "lager-admin-2026";
    private const string GrantToken = "agreement-grant-9f3c2d7e81b54a06";
    private const int AgreementNumber = 9200007;
    private const string CompanyName = "Lagerhuset Test ApS";

    private readonly TempFolder _data = new();

    [Fact]
    public async Task FullFlow_MarkPacked_ShowsInSyncLog()
    {
        await using var standIn = await StandInServer.StartAsync();
        var agreement = standIn.AddAgreement(GrantToken, AgreementNumber, CompanyName);
        agreement.AddGeneratedOrders(OrderStatus.Sent, count: 3);
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, standIn);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;

        await LogInAsync(page, host);
        await page.ClickAsync("#install-Economic");
        await page.FillAsync("#setting-grantToken", GrantToken);
        await page.CheckAsync("#setting-createInvoiceDraftWhenPacked");
        await page.ClickAsync("#settings-form button[type=submit]");
        var connection = await page.Locator("#connection-result").TextContentAsync();
        var tokenStatus = await page.Locator("#setting-grantToken-status").TextContentAsync();
        var settingsHtml = await page.ContentAsync();
        await browser.SaveScreenshotAsync("settings-saved");

        await page.GotoAsync(host.Url("/admin/tasks").ToString());
        await page.ClickAsync("#run-order-import");
        var importOutcome = await page.Locator("#task-outcome").TextContentAsync();
        await page.GotoAsync(host.Url("/admin/orders").ToString());
        var orderRows = await page.Locator("#orders tbody tr").CountAsync();
        var orderNumber = (await page.Locator("#orders tbody tr td a").First.TextContentAsync())!.Trim();
        await page.Locator("#orders tbody tr td a").First.ClickAsync();
        await page.ClickAsync("#mark-packed");
        var orderStatus = await page.Locator("#order-status").TextContentAsync();
        // The plugin creates the invoice draft in the background after the packed event is queued.
        var draftEntry = await PageWaits.ReloadUntilAsync(page, host.Url("/admin/sync-log?area=Invoicing"), "#sync-log tbody tr", "Invoice draft");
        var packedEntry = await page.Locator("#sync-log tbody tr", new() { HasText = "marked packed" }).First.TextContentAsync();
        await browser.SaveScreenshotAsync("sync-log");

        Assert.Contains(CompanyName, connection, StringComparison.Ordinal);
        Assert.Contains(AgreementNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), connection, StringComparison.Ordinal);
        Assert.Contains("…4a06", tokenStatus, StringComparison.Ordinal);
        Assert.DoesNotContain(GrantToken, settingsHtml, StringComparison.Ordinal);
        Assert.Contains("3 orders inserted", importOutcome, StringComparison.Ordinal);
        Assert.Equal(3, orderRows);
        Assert.Equal("Pakket", orderStatus);
        Assert.Contains(orderNumber, packedEntry, StringComparison.Ordinal);
        Assert.Contains($"for order {orderNumber}", draftEntry, StringComparison.Ordinal);
        Assert.Contains("Fakturakladde", draftEntry, StringComparison.Ordinal);
        AssertNoGrantToken(host);
    }

    public void Dispose() => _data.Dispose();

    private static async Task LogInAsync(Microsoft.Playwright.IPage page, SampleHostUnderTest host)
    {
        await page.GotoAsync(host.Url("/admin").ToString());
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-form button[type=submit]");
    }

    // The token must be encrypted at rest and never logged, so the raw database files and every captured log line are searched.
    private static void AssertNoGrantToken(SampleHostUnderTest host)
    {
        var database = host.ReadDatabaseFiles();
        Assert.NotEmpty(database);
        Assert.DoesNotContain(GrantToken, Encoding.UTF8.GetString(database), StringComparison.Ordinal);
        Assert.DoesNotContain(GrantToken, Encoding.Unicode.GetString(database), StringComparison.Ordinal);
        Assert.NotEmpty(host.Logs.Lines);
        Assert.All(host.Logs.Lines, line => Assert.DoesNotContain(GrantToken, line, StringComparison.Ordinal));
    }
}
