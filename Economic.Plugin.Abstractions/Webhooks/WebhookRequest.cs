namespace Economic.Plugin.Abstractions.Webhooks;

/// <summary>One HTTP call on the plugin's webhook route, as the host received it.</summary>
public sealed record WebhookRequest
{
    /// <summary>The HTTP method, such as "POST".</summary>
    public required string Method { get; init; }

    /// <summary>The path after the plugin's route prefix, such as "product".</summary>
    public required string Path { get; init; }

    /// <summary>The query string values, decoded.</summary>
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();

    /// <summary>The form values of an <c>application/x-www-form-urlencoded</c> body, decoded.</summary>
    public IReadOnlyDictionary<string, string> Form { get; init; } = new Dictionary<string, string>();

    /// <summary>The raw body for any other content type, or null.</summary>
    public string? Body { get; init; }

    /// <summary>The request's content type, or null.</summary>
    public string? ContentType { get; init; }
}
