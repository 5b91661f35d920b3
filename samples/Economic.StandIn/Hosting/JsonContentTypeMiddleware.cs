using Economic.StandIn.Errors;

namespace Economic.StandIn.Hosting;

/// <summary>Rejects a write (POST, PUT, PATCH) whose body is not JSON with 415, as e-conomic only accepts application/json.</summary>
internal sealed class JsonContentTypeMiddleware(RequestDelegate next, ErrorBodies errors)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var isWrite = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method);
        if (isWrite && !context.Request.HasJsonContentType())
        {
            await errors.UnsupportedMediaType(context.Request.ContentType).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
