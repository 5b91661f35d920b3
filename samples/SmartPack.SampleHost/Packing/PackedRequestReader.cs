using System.Text.Json;

namespace SmartPack.SampleHost.Packing;

/// <summary>
/// Reads the optional body of the packed endpoint itself, so a caller who sends something other than
/// the expected JSON gets a problem body that describes what is wrong and what to send, not an empty 400 or 415.
/// </summary>
internal static class PackedRequestReader
{
    /// <summary>The body shape the endpoint expects, quoted in every problem it returns.</summary>
    public const string ExpectedShape = "{\"lines\":[{\"lineNumber\":1,\"packedQuantity\":0.5}]}";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the body. An empty body gives a request without lines, which packs every line in full.</summary>
    /// <returns>The request, or a problem result to send back instead.</returns>
    public static async Task<(PackedRequest? Request, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return (new PackedRequest(), null);
        }

        if (!request.HasJsonContentType())
        {
            return (null, Problem(
                StatusCodes.Status415UnsupportedMediaType,
                $"The body has content type '{request.ContentType ?? "none"}', but the packed endpoint reads JSON only. Send Content-Type: application/json with a body like {ExpectedShape}, or no body to pack every line in full."));
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<PackedRequest>(body, Options);
            return (parsed ?? new PackedRequest(), null);
        }
        catch (JsonException exception)
        {
            var where = string.IsNullOrEmpty(exception.Path) ? string.Empty : $" at {exception.Path}";
            return (null, Problem(
                StatusCodes.Status400BadRequest,
                $"The body is not a valid packing request{where}: it must be a JSON object with a lines array of whole line numbers and decimal packed quantities, like {ExpectedShape}."));
        }
    }

    private static IResult Problem(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: "The packing request body could not be read.");
}
