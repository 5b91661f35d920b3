using System.Net;
using Economic.Plugin.EconomicApi.Internal;
using Refit;

namespace Economic.Plugin.EconomicApi;

/// <summary>
/// e-conomic returned an error status for a request. The message is a whole sentence with the status,
/// e-conomic's message, code and log id and what to do. It never contains a token, a header or a
/// request body, and the exception keeps no reference to the request.
/// </summary>
internal sealed class EconomicApiException : Exception
{
    public EconomicApiException(HttpStatusCode status, string method, string path, EconomicErrorBody body)
        : base(EconomicErrorMessage.Compose(status, method, path, body))
    {
        HttpStatus = status;
        Method = method;
        Path = path;
        EconomicMessage = body.Message;
        ErrorCode = body.ErrorCode;
        DeveloperHint = body.DeveloperHint;
        LogId = body.LogId;
        AllowedFilteringFields = body.AllowedFilteringFields;
        Errors = body.Errors;
    }

    /// <summary>The HTTP status e-conomic returned.</summary>
    public HttpStatusCode HttpStatus { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>The path of the failed request, without its query string.</summary>
    public string Path { get; }

    /// <summary>e-conomic's own message.</summary>
    public string? EconomicMessage { get; }

    /// <summary>e-conomic's error code, such as "E06000".</summary>
    public string? ErrorCode { get; }

    /// <summary>e-conomic's hint for developers.</summary>
    public string? DeveloperHint { get; }

    /// <summary>e-conomic's log id, which e-conomic support asks for.</summary>
    public string? LogId { get; }

    /// <summary>The fields a filter may use, when the error is about a filter.</summary>
    public IReadOnlyList<string> AllowedFilteringFields { get; }

    /// <summary>The validation problems, flattened.</summary>
    public IReadOnlyList<EconomicValidationError> Errors { get; }

    /// <summary>True when e-conomic rejected the tokens (401) or the app lacks access (403).</summary>
    public bool IsAccessDenied => HttpStatus is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    /// <summary>Creates the exception from a response; reads the body but keeps nothing of the request.</summary>
    public static async Task<EconomicApiException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var request = response.RequestMessage;

        return new EconomicApiException(
            response.StatusCode,
            request?.Method.Method ?? "GET",
            request?.RequestUri?.AbsolutePath ?? string.Empty,
            EconomicErrorParser.Parse(body));
    }

    /// <summary>
    /// Converts a Refit exception, copying the status, method, path and body only. The Refit exception
    /// contains the live request with its token headers, so it is not kept as the inner exception.
    /// </summary>
    public static EconomicApiException FromApiException(ApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        return new EconomicApiException(
            exception.StatusCode,
            exception.HttpMethod.Method,
            exception.Uri?.AbsolutePath ?? string.Empty,
            EconomicErrorParser.Parse(exception.Content));
    }
}
