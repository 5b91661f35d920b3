namespace Economic.Plugin.EconomicApi;

/// <summary>The parts of an e-conomic error body that travel with an <see cref="EconomicApiException"/>.</summary>
internal sealed record EconomicErrorBody
{
    /// <summary>e-conomic's message, or the problem+json title and detail.</summary>
    public string? Message { get; init; }

    /// <summary>e-conomic's error code, such as "E04300".</summary>
    public string? ErrorCode { get; init; }

    /// <summary>e-conomic's hint for developers.</summary>
    public string? DeveloperHint { get; init; }

    /// <summary>e-conomic's log id (or the OpenAPI trace id), which e-conomic support asks for.</summary>
    public string? LogId { get; init; }

    /// <summary>The fields a filter may use, sent when a filter names another field.</summary>
    public IReadOnlyList<string> AllowedFilteringFields { get; init; } = [];

    /// <summary>The validation problems, flattened.</summary>
    public IReadOnlyList<EconomicValidationError> Errors { get; init; } = [];
}
