using Economic.Plugin.Tests.Admin.Infrastructure;
using Economic.StandIn;
using Microsoft.Playwright;

namespace Economic.Plugin.Tests.Admin;

public sealed class AdminSettingsBrowserTests : IDisposable
{
    private const string Password = "lager-admin-2026";
    private const string GrantToken = "agreement-grant-51d0c7aa3e2f9b14";

    private readonly TempFolder _data = new();

    [Fact]
    public async Task Save_EmptyTokenBadAccount_ShowsErrorsSavesNothing()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;
        await LogInAndInstallAsync(page, host);

        await page.CheckAsync("#setting-stockValueEnabled");
        await page.FillAsync("#setting-stockValueDebitAccount", "55x0");
        await page.ClickAsync("#settings-form button[type=submit]");
        var tokenError = await page.Locator("#setting-grantToken-error").TextContentAsync();
        var accountError = await page.Locator("#setting-stockValueDebitAccount-error").TextContentAsync();
        var notSaved = await page.Locator("#settings-not-saved").IsVisibleAsync();
        await browser.SaveScreenshotAsync("settings-invalid");
        await page.GotoAsync(host.Url("/admin/settings").ToString());
        var tokenStatus = await page.Locator("#setting-grantToken-status").TextContentAsync();
        var savedEnabled = await page.IsCheckedAsync("#setting-stockValueEnabled");
        var savedAccount = await page.InputValueAsync("#setting-stockValueDebitAccount");

        Assert.Contains("Aftale-token (grant token) mangler", tokenError, StringComparison.Ordinal);
        Assert.Contains("»55x0« er ikke et helt tal", accountError, StringComparison.Ordinal);
        Assert.True(notSaved);
        Assert.Contains("Der er ikke gemt nogen værdi", tokenStatus, StringComparison.Ordinal);
        Assert.False(savedEnabled);
        Assert.Equal("5520", savedAccount);
    }

    [Fact]
    public async Task Save_UnknownJournal_ShowsErrorSavesNothing()
    {
        await using var standIn = await StandInServer.StartAsync();
        standIn.AddAgreement(GrantToken, 9200011, "Fejlfinding ApS");
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, standIn);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;
        await LogInAndInstallAsync(page, host);

        await page.FillAsync("#setting-grantToken", GrantToken);
        await page.CheckAsync("#setting-stockValueEnabled");
        await page.FillAsync("#setting-stockValueJournalNumber", "99");
        await page.ClickAsync("#settings-form button[type=submit]");
        var journalError = await page.Locator("#setting-stockValueJournalNumber-error").TextContentAsync();
        var notSaved = await page.Locator("#settings-not-saved").IsVisibleAsync();
        await browser.SaveScreenshotAsync("settings-unknown-journal");
        await page.GotoAsync(host.Url("/admin/settings").ToString());
        var tokenStatus = await page.Locator("#setting-grantToken-status").TextContentAsync();
        var savedJournal = await page.InputValueAsync("#setting-stockValueJournalNumber");

        Assert.StartsWith("Kassekladde:", journalError?.Trim(), StringComparison.Ordinal);
        Assert.Contains("99", journalError, StringComparison.Ordinal);
        Assert.True(notSaved);
        Assert.Contains("Der er ikke gemt nogen værdi", tokenStatus, StringComparison.Ordinal);
        Assert.Equal(string.Empty, savedJournal);
    }

    [Fact]
    public async Task Save_UnknownToken_ShowsReason()
    {
        await using var standIn = await StandInServer.StartAsync();
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, standIn);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;
        await LogInAndInstallAsync(page, host);

        await page.FillAsync("#setting-grantToken", "grant-token-that-e-conomic-does-not-know");
        await page.ClickAsync("#settings-form button[type=submit]");
        var connection = await page.Locator("#connection-result").TextContentAsync();
        var tokenStatus = await page.Locator("#setting-grantToken-status").TextContentAsync();
        await page.GotoAsync(host.Url("/admin/sync-log?area=Connection&status=Error").ToString());
        var errorIds = await page.Locator("#sync-log .error-ids").First.TextContentAsync();

        Assert.Contains("e-conomic afviste aftale-tokenet", connection, StringComparison.Ordinal);
        Assert.Contains("Der er ikke gemt nogen værdi", tokenStatus, StringComparison.Ordinal);
        Assert.Contains("HTTP-status 401", errorIds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_MissingRole_ShowsReason()
    {
        await using var standIn = await StandInServer.StartAsync();
        standIn.AddAgreement(GrantToken, 9200012, "Rettigheder ApS");
        standIn.Faults.Add(new StandInFault { Method = "GET", PathPrefix = "/self", StatusCode = 403, Times = 1 });
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password, standIn);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;
        await LogInAndInstallAsync(page, host);

        await page.FillAsync("#setting-grantToken", GrantToken);
        await page.ClickAsync("#settings-form button[type=submit]");
        var connection = await page.Locator("#connection-result").TextContentAsync();

        Assert.Contains("appen mangler en rolle eller et modul", connection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantTokenLink_PointsToInstallPage()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;
        await LogInAndInstallAsync(page, host);

        var link = await page.Locator("#setting-grantToken-link").GetAttributeAsync("href");

        Assert.Equal(
            $"https://secure.e-conomic.com/secure/api1/requestaccess.aspx?appPublicToken={SampleHostUnderTest.AppPublicToken}&locale=da-DK",
            link);
    }

    public void Dispose() => _data.Dispose();

    private static async Task LogInAndInstallAsync(IPage page, SampleHostUnderTest host)
    {
        await page.GotoAsync(host.Url("/admin").ToString());
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-form button[type=submit]");
        await page.ClickAsync("#install-Economic");
    }
}
