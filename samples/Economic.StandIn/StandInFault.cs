namespace Economic.StandIn;

/// <summary>A fault the stand-in injects into matching requests, after authentication.</summary>
public sealed record StandInFault
{
    /// <summary>The HTTP method to match (case-insensitive); null matches every method.</summary>
    public string? Method { get; init; }

    /// <summary>The path prefix to match, e.g. <c>/orders/sent</c>; null matches every path.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>The status code to return with e-conomic's error body; null lets the request through.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The <c>Retry-After</c> header to send with <see cref="StatusCode"/>, in whole seconds.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>How many matching requests the fault hits; null hits every matching request.</summary>
    public int? Times { get; init; }

    /// <summary>Handle the request (so a write is stored) and then hold the response until the client gives up.</summary>
    public bool AcceptThenTimeout { get; init; }

    /// <summary>A delay before the request is handled or the fault status is returned.</summary>
    public TimeSpan? Delay { get; init; }
}
