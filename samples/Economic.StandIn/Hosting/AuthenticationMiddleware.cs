using System.Security.Cryptography;
using System.Text;
using Economic.StandIn.Agreements;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Hosting;

/// <summary>Requires X-AppSecretToken to equal the configured app secret and X-AgreementGrantToken to select an agreement.</summary>
internal sealed class AuthenticationMiddleware(RequestDelegate next, StandInOptions options, AgreementRegistry registry, ErrorBodies errors)
{
    public const string AppSecretHeader = "X-AppSecretToken";
    public const string GrantHeader = "X-AgreementGrantToken";

    public async Task InvokeAsync(HttpContext context)
    {
        var secret = context.Request.Headers[AppSecretHeader].ToString();
        var agreement = registry.Find(context.Request.Headers[GrantHeader].ToString());
        if (!SameSecret(secret, options.AppSecretToken) || agreement is null)
        {
            await errors.Unauthorized().ExecuteAsync(context);
            return;
        }

        context.SetAgreement(agreement);
        await next(context);
    }

    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
