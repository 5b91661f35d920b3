using Economic.Plugin.Tests.Admin.Infrastructure;

namespace Economic.Plugin.Tests.Admin;

public sealed class AdminLoginBrowserTests : IDisposable
{
    private const string Password = "lager-admin-2026";

    private readonly TempFolder _data = new();

    [Fact]
    public async Task FirstStart_SetupAndLogin_SwitchesLanguage()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, adminPassword: null);
        await using var browser = await ChromiumSession.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(host.Url("/admin").ToString());
        var setupHeading = await page.Locator("h1").TextContentAsync();
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirmation", Password);
        await page.ClickAsync("#setup-form button[type=submit]");
        var danishNavigation = await page.Locator("header nav").TextContentAsync();
        await page.ClickAsync("#language-switch button[value=en]");
        var englishNavigation = await page.Locator("header nav").TextContentAsync();
        await page.ClickAsync("header form[action='/admin/logout'] button");
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("#login-form button[type=submit]");
        var loginError = await page.Locator("#login-error").TextContentAsync();
        await browser.SaveScreenshotAsync("login-failed-en");

        Assert.Equal("Opret administratoradgangskode", setupHeading);
        Assert.Contains("Synkroniseringslog", danishNavigation, StringComparison.Ordinal);
        Assert.Contains("Sync log", englishNavigation, StringComparison.Ordinal);
        Assert.Equal("Wrong password. Try again.", loginError);
        Assert.EndsWith("/admin/login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_EnglishBrowser_StaysDanishByDefault()
    {
        await using var host = await SampleHostUnderTest.StartAsync(_data.Path, Password);
        await using var browser = await ChromiumSession.StartAsync();
        await browser.Context.SetExtraHTTPHeadersAsync([new("Accept-Language", "en-US,en;q=0.9")]);

        await browser.Page.GotoAsync(host.Url("/admin").ToString());
        var heading = await browser.Page.Locator("h1").TextContentAsync();
        var language = await browser.Page.Locator("html").GetAttributeAsync("lang");

        Assert.Equal("Log ind", heading);
        Assert.Equal("da", language);
        Assert.Equal("/admin/login", new Uri(browser.Page.Url).AbsolutePath);
    }

    public void Dispose() => _data.Dispose();
}
