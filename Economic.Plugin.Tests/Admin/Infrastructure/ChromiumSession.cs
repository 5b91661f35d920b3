using Microsoft.Playwright;

namespace Economic.Plugin.Tests.Admin.Infrastructure;

/// <summary>
/// Debian's chromium, headless, with a fresh profile folder per session so that no cookie or cache
/// carries over between tests. Playwright drives the installed browser and never downloads one.
/// </summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profileFolder;

    private ChromiumSession(IPlaywright playwright, IBrowserContext context, IPage page, string profileFolder)
    {
        _playwright = playwright;
        Context = context;
        Page = page;
        _profileFolder = profileFolder;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<ChromiumSession> StartAsync()
    {
        var profileFolder = Directory.CreateTempSubdirectory("admin-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profileFolder, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);

        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        return new ChromiumSession(playwright, context, page, profileFolder);
    }

    /// <summary>Saves a full-page screenshot as <c>test-output/screenshots/{name}.png</c> in the test's output folder.</summary>
    public async Task<string> SaveScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "test-output", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright.Dispose();
        TryDelete(_profileFolder);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the folder is under the temp folder anyway.
        }
    }
}
