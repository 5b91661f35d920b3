using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Economic.Plugin.Tests.EconomicApi;

/// <summary>A response the scripted server sends.</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>Delays the response, to provoke a client timeout.</summary>
    public TimeSpan Delay { get; init; }

    public static ScriptedResponse Json(object body, int status = 200) => new(status, JsonSerializer.Serialize(body));

    public static ScriptedResponse NotFound() => new(404, """
        {"message":"Resource not found.","logId":"test-404-log","httpStatusCode":404}
        """);

    public static ScriptedResponse Error(int status, string? retryAfter = null) => new(
        status,
        $$"""{"message":"Scripted failure.","logId":"test-{{status}}-log","httpStatusCode":{{status}}}""",
        retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        context.Response.StatusCode = Status;
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Body);
        }
    }
}
