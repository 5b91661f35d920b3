using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SmartPack.SampleHost.Admin.Auth;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>
/// Sets the admin password on first start, when none is configured. Once a password exists the page
/// only leads to the login page.
/// </summary>
internal sealed class SetupModel(AdminPasswordService passwords, ILogger<SetupModel> logger) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    /// <summary>The resource key of the error to show, or null.</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await passwords.IsSetUpAsync(cancellationToken) ? RedirectToPage("/Login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Error = Validate();
        if (Error is not null)
        {
            return Page();
        }

        if (!await passwords.TrySetUpAsync(Password!, cancellationToken))
        {
            return RedirectToPage("/Login");
        }

        Log.PasswordSetUp(logger, HttpContext.Connection.RemoteIpAddress?.ToString());
        await AdminSignIn.SignInAsync(HttpContext);
        return LocalRedirect(AdminPaths.Root);
    }

    private string? Validate()
    {
        if (string.IsNullOrEmpty(Password) || Password.Length < AdminPasswordService.MinimumLength)
        {
            return "Setup_TooShort";
        }

        return Password == Confirmation ? null : "Setup_Mismatch";
    }
}
