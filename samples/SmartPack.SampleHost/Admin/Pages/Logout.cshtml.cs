using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartPack.SampleHost.Admin.Auth;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>Ends the admin login; only a form post does, so a link cannot log anyone out.</summary>
internal sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await AdminSignIn.SignOutAsync(HttpContext);
        return RedirectToPage("/Login");
    }
}
