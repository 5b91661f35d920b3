using Economic.Plugin.Tests.Admin.Infrastructure;
using Economic.StandIn;
using Microsoft.Extensions.DependencyInjection;
using SmartPack.SampleHost.Scheduling;

namespace Economic.Plugin.Tests.Admin;

public sealed class AdminInvoiceDraftBrowserTests : IDisposable
{
    private const string Password = "lager-admin-2026";
    private const string GrantToken = "agreement-grant-7b19e04c5d2a8f63";

    private readonly TempFolder _data = new();

    [Fact]
    public async Task OrderPage_FailedInvoiceDraft_RetryCompletesIt()
    {
        await using var standIn = await StandInServer.StartAsync();
        var agreement = standIn.AddAgreement(GrantToken, 9200017, "Genforsøg ApS");
        agreement.AddGeneratedOrders(OrderStatus.Sent, count: 1);
        var orderNumber = agreement.Orders(OrderStatus.Sent)[0]["orderNumber"]!.ToString();
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, standIn);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;
        await page.GotoAsync(host.Url("/admin").ToString());
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-form button[type=submit]");
        await page.ClickAsync("#install-Economic");
        await page.FillAsync("#setting-grantToken", GrantToken);
        await page.CheckAsync("#setting-createInvoiceDraftWhenPacked");
        await page.ClickAsync("#settings-form button[type=submit]");
        await host.App.Services.GetRequiredService<TaskRunner>().RunNowAsync("economic", "order-import", CancellationToken.None);
        standIn.Faults.Add(new StandInFault { Method = "POST", PathPrefix = "/invoices/drafts", StatusCode = 400, Times = 1 });
        var orderPage = host.Url($"/admin/orders/{orderNumber}?installation=economic");

        await page.GotoAsync(orderPage.ToString());
        await page.ClickAsync("#mark-packed");
        var failed = await PageWaits.ReloadUntilAsync(page, orderPage, ".packed-event", "Fejlet");
        await page.ClickAsync("#retry-invoice-draft");
        var done = await PageWaits.ReloadUntilAsync(page, orderPage, ".packed-event", "Gennemført");

        Assert.Contains("Fejlet", failed, StringComparison.Ordinal);
        Assert.Contains("Gennemført", done, StringComparison.Ordinal);
        Assert.Single(agreement.DraftInvoices());
    }

    public void Dispose() => _data.Dispose();
}
