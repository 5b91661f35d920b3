using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartPack.SampleHost.Admin.Localization;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The language switch: stores the chosen language in a cookie and goes back.</summary>
internal sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (AdminCultures.IsSupported(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : AdminPaths.Root);
    }
}
