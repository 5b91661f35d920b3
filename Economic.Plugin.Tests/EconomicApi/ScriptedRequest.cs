using Microsoft.AspNetCore.Http;

namespace Economic.Plugin.Tests.EconomicApi;

/// <summary>A request the scripted server received, with the query decoded.</summary>
public sealed record ScriptedRequest(
    string Method,
    string Path,
    string RawQuery,
    IReadOnlyDictionary<string, string> Query,
    bool HasIdempotencyKey,
    string? AppSecretToken,
    string? GrantToken,
    string Body)
{
    public static async Task<ScriptedRequest> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var query = request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);

        return new ScriptedRequest(
            request.Method,
            request.Path.Value ?? string.Empty,
            request.QueryString.Value ?? string.Empty,
            query,
            request.Headers.ContainsKey("Idempotency-Key"),
            request.Headers["X-AppSecretToken"].FirstOrDefault(),
            request.Headers["X-AgreementGrantToken"].FirstOrDefault(),
            body);
    }
}
