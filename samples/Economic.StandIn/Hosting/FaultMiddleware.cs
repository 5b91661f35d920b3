using System.Globalization;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Hosting;

/// <summary>Applies the first armed <see cref="StandInFault"/> that matches the request.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, StandInFaults faults, ErrorBodies errors)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var fault = faults.TryTake(context.Request.Method, context.Request.Path.Value ?? "/");
        if (fault is null)
        {
            await next(context);
            return;
        }

        if (fault.Delay is { } delay)
        {
            // Delays are real time on purpose: a fake clock in a test would otherwise hold the request forever.
            await Task.Delay(delay, TimeProvider.System, context.RequestAborted);
        }

        if (fault.AcceptThenTimeout)
        {
            await HandleThenHangAsync(context);
            return;
        }

        if (fault.StatusCode is not { } statusCode)
        {
            await next(context);
            return;
        }

        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await errors.ForStatus(statusCode).ExecuteAsync(context);
    }

    // The request is handled (a write is stored), but its response never leaves: the client times out.
    private async Task HandleThenHangAsync(HttpContext context)
    {
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            context.Abort();
        }
        finally
        {
            context.Response.Body = body;
        }
    }
}
