namespace Economic.StandIn;

/// <summary>One request the stand-in received. It never contains the tokens.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The raw path and query string.</param>
/// <param name="StatusCode">The status code the stand-in returned.</param>
/// <param name="AgreementNumber">The agreement the grant token selected, or null when it selected none.</param>
/// <param name="HasIdempotencyKey">Whether the request carried an <c>Idempotency-Key</c> header.</param>
public sealed record StandInRequest(
    string Method,
    string PathAndQuery,
    int StatusCode,
    int? AgreementNumber,
    bool HasIdempotencyKey);
