using Economic.StandIn.Agreements;
using Economic.StandIn.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Economic.StandIn.Hosting;

/// <summary>Records every request (never its tokens) and turns an unexpected exception into e-conomic's 500 body.</summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, RequestLog log, ErrorBodies errors, ILogger<RequestRecordingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The request is recorded as the response starts, because a client can read the whole response and
        // look at the log before this middleware's finally block runs.
        var recorded = 0;
        void Record()
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                log.Add(Describe(context));
            }
        }

        context.Response.OnStarting(() =>
        {
            Record();
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            Log.RequestFailed(logger, exception, context.Request.Method, context.Request.Path);
            await errors.InternalServerError().ExecuteAsync(context);
        }
        finally
        {
            Record();
        }
    }

    private static StandInRequest Describe(HttpContext context) => new(
        context.Request.Method,
        context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? $"{context.Request.Path}{context.Request.QueryString}",
        context.Response.StatusCode,
        context.FindAgreement()?.AgreementNumber,
        context.Request.Headers.ContainsKey("Idempotency-Key"));
}
