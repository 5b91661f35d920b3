namespace Economic.Plugin.Abstractions.Webhooks;

/// <summary>The answer to a webhook call.</summary>
/// <param name="StatusCode">The HTTP status code: 2xx only when the call was recorded.</param>
/// <param name="Body">A short plain-text body, or null.</param>
public sealed record WebhookResponse(int StatusCode, string? Body = null);
