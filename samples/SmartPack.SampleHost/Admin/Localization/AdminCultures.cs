using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SmartPack.SampleHost.Admin.Localization;

/// <summary>
/// The admin area's languages. Danish is the default, as in SmartPack's own admin, whatever the
/// browser asks for; the choice made with the language switch is kept in a cookie.
/// </summary>
internal static class AdminCultures
{
    public const string Danish = "da";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Danish, English];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
        options.DefaultRequestCulture = new RequestCulture(Danish);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
    }
}
