using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economic.StandIn.Collections;

/// <summary>Reads dotted property paths such as <c>delivery.city</c> from a stored document.</summary>
internal static class JsonFields
{
    public static JsonNode? Find(JsonObject document, string path)
    {
        JsonNode? current = document;
        foreach (var name in path.Split('.'))
        {
            if (current is not JsonObject obj || !obj.TryGetPropertyValue(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    public static string? Text(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    public static decimal? Number(JsonNode? node) =>
        node is JsonValue value
        && decimal.TryParse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static DateTimeOffset? Instant(JsonNode? node) => ParseInstant(Text(node));

    public static bool Boolean(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public static DateTimeOffset? ParseInstant(string? text) =>
        DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var instant)
            ? instant
            : null;
}
