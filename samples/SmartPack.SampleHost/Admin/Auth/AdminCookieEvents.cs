using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SmartPack.SampleHost.Admin.Auth;

/// <summary>
/// Answers an admin API request without a login with 401 (and without the right with 403) instead
/// of the redirect to the login page that a browser gets.
/// </summary>
internal static class AdminCookieEvents
{
    public static Task RedirectToLoginAsync(RedirectContext<CookieAuthenticationOptions> context) =>
        RespondAsync(context, StatusCodes.Status401Unauthorized);

    public static Task RedirectToAccessDeniedAsync(RedirectContext<CookieAuthenticationOptions> context) =>
        RespondAsync(context, StatusCodes.Status403Forbidden);

    private static Task RespondAsync(RedirectContext<CookieAuthenticationOptions> context, int apiStatusCode)
    {
        if (AdminPaths.IsApi(context.Request.Path))
        {
            context.Response.StatusCode = apiStatusCode;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
