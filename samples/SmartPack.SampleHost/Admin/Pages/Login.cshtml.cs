using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartPack.SampleHost.Admin.Auth;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The login page; sends the admin to the setup page while no password exists.</summary>
internal sealed class LoginModel(AdminPasswordService passwords, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await passwords.IsSetUpAsync(cancellationToken) ? Page() : RedirectToPage("/Setup");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await passwords.IsSetUpAsync(cancellationToken))
        {
            return RedirectToPage("/Setup");
        }

        if (!await passwords.VerifyAsync(Password, cancellationToken))
        {
            Failed = true;
            Log.LoginFailed(logger, HttpContext.Connection.RemoteIpAddress?.ToString());
            return Page();
        }

        await AdminSignIn.SignInAsync(HttpContext);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AdminPaths.Root);
    }
}
