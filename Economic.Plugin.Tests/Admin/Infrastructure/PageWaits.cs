using Microsoft.Playwright;

namespace Economic.Plugin.Tests.Admin.Infrastructure;

/// <summary>Waits for work the host does in the background to show on a page, by loading the page again.</summary>
internal static class PageWaits
{
    /// <summary>
    /// Loads <paramref name="url"/> until an element that matches <paramref name="selector"/> contains
    /// <paramref name="text"/>, and returns that element's text. The bound only keeps a broken run from hanging.
    /// </summary>
    public static async Task<string> ReloadUntilAsync(IPage page, Uri url, string selector, string text)
    {
        var element = page.Locator(selector, new() { HasText = text });
        for (var attempt = 0; attempt < 80; attempt++)
        {
            await page.GotoAsync(url.ToString());
            if (await element.CountAsync() > 0)
            {
                return (await element.First.TextContentAsync())!;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new Xunit.Sdk.XunitException($"{url} shows no '{selector}' with '{text}'.");
    }
}
