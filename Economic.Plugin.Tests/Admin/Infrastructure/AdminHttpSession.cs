using System.Net;
using System.Text.RegularExpressions;

namespace Economic.Plugin.Tests.Admin.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser without JavaScript: it keeps cookies, follows no
/// redirects, and posts forms with the anti-forgery token read from the page.
/// </summary>
internal sealed partial class AdminHttpSession : IDisposable
{
    private readonly HttpClient _client;

    public AdminHttpSession(Uri baseUrl)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        _client = new HttpClient(handler) { BaseAddress = baseUrl };
    }

    public HttpClient Client => _client;

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative));

    /// <summary>Loads <paramref name="pagePath"/>, then posts <paramref name="fields"/> with the page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string postPath, IEnumerable<KeyValuePair<string, string>> fields) =>
        await PostAsync(postPath, fields, await ReadTokenAsync(pagePath));

    /// <summary>Returns the anti-forgery token of the form on <paramref name="pagePath"/>, or null when it has none.</summary>
    public async Task<string?> ReadTokenAsync(string pagePath)
    {
        using var response = await GetAsync(pagePath);
        var token = AntiforgeryToken().Match(await response.Content.ReadAsStringAsync());
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : null;
    }

    public Task<HttpResponseMessage> PostAsync(string postPath, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var content = new FormUrlEncodedContent(token is null
            ? fields
            : fields.Append(new("__RequestVerificationToken", token)));
        return _client.PostAsync(new Uri(postPath.TrimStart('/'), UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> LogInAsync(string password) =>
        await PostFormAsync("/admin/login", "/admin/login", [new("Password", password)]);

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
