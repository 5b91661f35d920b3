using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economic.StandIn.Collections;

/// <summary>Writes JSON the way e-conomic does: UTF-8 with letters such as æ, ø and å left unescaped.</summary>
internal static class JsonResponse
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IResult Create(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(Options), "application/json; charset=utf-8", statusCode: statusCode);
}
