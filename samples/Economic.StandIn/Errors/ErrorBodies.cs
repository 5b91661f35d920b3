using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Economic.StandIn.Collections;
using Microsoft.AspNetCore.WebUtilities;

namespace Economic.StandIn.Errors;

/// <summary>Builds e-conomic's legacy error body: message, errorCode, developerHint, logId, httpStatusCode, logTime.</summary>
/// <remarks>
/// NOTE: the 401, 415, 429, page size and sort error bodies were never captured from e-conomic. Their codes and wording
/// are inferred and only their shape follows e-conomic's legacy errors.
/// </remarks>
internal sealed class ErrorBodies(TimeProvider timeProvider)
{
    public IResult NotFound() => Create(
        StatusCodes.Status404NotFound,
        "Resource not found.",
        "The API tries to provide all the resource urls you need. If you have hard coded urls yourself, then try to look at the enclosing collection for hypermedia information on where the resource you are looking for could be.");

    public IResult Unauthorized() => Create(
        StatusCodes.Status401Unauthorized,
        "Unauthorized access. The app secret token or the agreement grant token is missing or not valid.",
        "Send X-AppSecretToken with your app's secret token and X-AgreementGrantToken with the grant token the agreement issued to your app.",
        "E00500");

    public IResult TooManyRequests() => Create(
        StatusCodes.Status429TooManyRequests,
        "You are over your quota. Wait the number of seconds in Retry-After and try again.",
        "Every call costs tokens from the agreement's token bucket; see the X-RateLimiting and X-CallCost headers.",
        "E00610");

    public IResult InvalidPaging(string parameter, string value) => Create(
        StatusCodes.Status400BadRequest,
        $"The value '{value}' of '{parameter}' is not valid. The page size must be between 1 and 1000 and skippages must be 0 or more.",
        "Use pagesize between 1 and 1000 (maxPageSizeAllowed) and a skippages of 0 or more.",
        "E04810");

    public IResult FilterNotAllowed(string property, IEnumerable<string> allowed)
    {
        var body = Body(
            StatusCodes.Status400BadRequest,
            "Could not parse query string filter.",
            "Filtering on collections can be done using the querystring parameter 'filter'.",
            errorCode: null);
        body["errors"] = new JsonArray(JsonValue.Create($"Filtering is not allowed on property '{property}'."));
        body["allowedFilteringFields"] = new JsonArray(allowed.Select(name => (JsonNode?)JsonValue.Create(name)).ToArray());

        return JsonResponse.Create(body, StatusCodes.Status400BadRequest);
    }

    public IResult InvalidFilter(string reason)
    {
        var body = Body(
            StatusCodes.Status400BadRequest,
            "Could not parse query string filter.",
            "Filtering on collections can be done using the querystring parameter 'filter'.",
            errorCode: null);
        body["errors"] = new JsonArray(JsonValue.Create(reason));

        return JsonResponse.Create(body, StatusCodes.Status400BadRequest);
    }

    public IResult InvalidSort(string property) => Create(
        StatusCodes.Status400BadRequest,
        $"Sorting is not allowed on property '{property}'.",
        "Sorting on collections can be done using the querystring parameter 'sort' on properties marked sortable in the schema.");

    public IResult UnsupportedMediaType(string? contentType) => Create(
        StatusCodes.Status415UnsupportedMediaType,
        $"The content type '{contentType ?? "(none)"}' is not supported. Send the body as JSON.",
        "Set the Content-Type header to application/json on every POST, PUT and PATCH request.");

    public IResult InternalServerError() => Create(
        StatusCodes.Status500InternalServerError,
        "An error occurred.",
        "The server failed to handle the request. Contact e-conomic's API support with the logId.");

    public IResult ForStatus(int statusCode) => Create(
        statusCode,
        $"{ReasonPhrases.GetReasonPhrase(statusCode)}.",
        "This error was injected by the e-conomic stand-in.");

    public IResult Create(int statusCode, string message, string developerHint, string? errorCode = null) =>
        JsonResponse.Create(Body(statusCode, message, developerHint, errorCode), statusCode);

    private JsonObject Body(int statusCode, string message, string developerHint, string? errorCode)
    {
        var body = new JsonObject { ["message"] = message };
        if (errorCode is not null)
        {
            body["errorCode"] = errorCode;
        }

        body["developerHint"] = developerHint;
        body["logId"] = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-CPH";
        body["httpStatusCode"] = statusCode;
        body["logTime"] = timeProvider.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        return body;
    }
}
