using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SmartPack.SampleHost.Admin.Auth;

/// <summary>Issues and removes the admin login cookie.</summary>
internal static class AdminSignIn
{
    public static Task SignInAsync(HttpContext context)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, AdminAccount.Name), new Claim(AdminClaims.Role, AdminClaims.AdminRole)],
            CookieAuthenticationDefaults.AuthenticationScheme);

        return context.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false });
    }

    public static Task SignOutAsync(HttpContext context) =>
        context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
}
