using System.Text.Json.Nodes;

namespace Economic.StandIn.Invoices;

/// <summary>The first response to a request with an <c>Idempotency-Key</c>, replayed to repeats for an hour.</summary>
/// <param name="StatusCode">The status of the first response.</param>
/// <param name="Body">The body of the first response, with canonical links.</param>
/// <param name="StoredAt">When the first response was made.</param>
internal sealed record IdempotentResponse(int StatusCode, JsonObject Body, DateTimeOffset StoredAt)
{
    /// <summary>How long e-conomic replays a response: one hour.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
}
