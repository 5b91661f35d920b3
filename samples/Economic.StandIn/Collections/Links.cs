using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economic.StandIn.Collections;

/// <summary>
/// Documents are stored with e-conomic's own host in their links. Each response replaces that host
/// with the base URL the client called, so a client can follow the links to the stand-in.
/// </summary>
internal static class Links
{
    public const string CanonicalBase = "https://restapi.e-conomic.com/";

    public static string BaseUrlOf(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/";

    public static JsonNode Rebase(JsonNode document, string baseUrl)
    {
        var copy = document.DeepClone();
        RebaseInPlace(copy, baseUrl);

        return copy;
    }

    private static void RebaseInPlace(JsonNode node, string baseUrl)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Select(pair => pair.Key).ToList())
            {
                if (Rebased(obj[key], baseUrl) is { } text)
                {
                    obj[key] = text;
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (Rebased(array[i], baseUrl) is { } text)
                {
                    array[i] = text;
                }
            }
        }
    }

    private static string? Rebased(JsonNode? child, string baseUrl)
    {
        if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            return text.StartsWith(CanonicalBase, StringComparison.Ordinal)
                ? baseUrl + text[CanonicalBase.Length..]
                : null;
        }

        if (child is not null)
        {
            RebaseInPlace(child, baseUrl);
        }

        return null;
    }
}
