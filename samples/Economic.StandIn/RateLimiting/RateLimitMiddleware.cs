using System.Globalization;
using Economic.StandIn.Agreements;
using Economic.StandIn.Errors;
using Economic.StandIn.Hosting;

namespace Economic.StandIn.RateLimiting;

/// <summary>
/// Charges every call to the agreement's token bucket and reports it in X-CallCost and X-RateLimiting,
/// also on errors. An empty bucket returns 429 with Retry-After.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, AgreementRegistry registry, ErrorBodies errors)
{
    private const int CallCost = 1;

    public async Task InvokeAsync(HttpContext context)
    {
        var grantToken = context.Request.Headers[AuthenticationMiddleware.GrantHeader].ToString();
        var bucket = registry.Find(grantToken)?.Bucket ?? registry.AnonymousBucket;
        var decision = bucket.TryTake(CallCost);
        var headers = context.Response.Headers;
        headers["X-CallCost"] = CallCost.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimiting"] = string.Create(
            CultureInfo.InvariantCulture,
            $"token-limit-{bucket.Capacity}-per-{(int)bucket.Window.TotalSeconds}-seconds: {decision.Used}/{bucket.Capacity}");

        if (!decision.Allowed)
        {
            headers.RetryAfter = ((int)decision.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await errors.TooManyRequests().ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
