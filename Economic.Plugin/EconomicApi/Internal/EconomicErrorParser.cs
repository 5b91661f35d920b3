using System.Text.Json;

namespace Economic.Plugin.EconomicApi.Internal;

/// <summary>
/// Parses e-conomic error bodies defensively. The legacy REST API sends <c>errors</c> as an object tree
/// mirroring the request, as an array of such trees with <c>arrayIndex</c>, or as plain strings; items
/// use <c>message</c> or <c>errorMessage</c> and <c>value</c> or <c>inputValue</c>. The OpenAPI services
/// send problem+json with <c>title</c>, <c>detail</c> and <c>traceId</c>.
/// </summary>
internal static class EconomicErrorParser
{
    public static EconomicErrorBody Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new EconomicErrorBody();
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? ParseRoot(document.RootElement)
                : new EconomicErrorBody();
        }
        catch (JsonException)
        {
            return new EconomicErrorBody();
        }
    }

    private static EconomicErrorBody ParseRoot(JsonElement root)
    {
        var errors = new List<EconomicValidationError>();
        if (root.TryGetProperty("errors", out var tree))
        {
            Collect(tree, string.Empty, errors);
        }

        return new EconomicErrorBody
        {
            Message = ReadMessage(root),
            ErrorCode = Text(root, "errorCode"),
            DeveloperHint = Text(root, "developerHint"),
            LogId = Text(root, "logId") ?? Text(root, "traceId"),
            AllowedFilteringFields = Strings(root, "allowedFilteringFields"),
            Errors = errors,
        };
    }

    private static string? ReadMessage(JsonElement root)
    {
        var message = Text(root, "message");
        if (message is not null)
        {
            return message;
        }

        var title = Text(root, "title");
        var detail = Text(root, "detail");

        return title is null ? detail : detail is null ? title : $"{title.TrimEnd('.')}. {detail}";
    }

    private static void Collect(JsonElement node, string path, List<EconomicValidationError> errors)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.String:
                errors.Add(new EconomicValidationError(path, node.GetString()!, null, null));
                break;
            case JsonValueKind.Array:
                CollectArray(node, path, errors);
                break;
            case JsonValueKind.Object when IsErrorItem(node):
                errors.Add(ReadItem(node, path));
                break;
            case JsonValueKind.Object:
                CollectObject(node, path, errors);
                break;
        }
    }

    private static void CollectArray(JsonElement array, string path, List<EconomicValidationError> errors)
    {
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("arrayIndex", out var index)
                ? $"{path}[{index.GetRawText()}]"
                : path;
            Collect(item, itemPath, errors);
        }
    }

    private static void CollectObject(JsonElement node, string path, List<EconomicValidationError> errors)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (property.NameEquals("arrayIndex"))
            {
                continue;
            }

            // "errors" and "items" are containers, not request properties, so they add nothing to the path.
            var isContainer = property.NameEquals("errors") || property.NameEquals("items");
            var childPath = isContainer ? path : Join(path, property.Name);
            Collect(property.Value, childPath, errors);
        }
    }

    private static bool IsErrorItem(JsonElement node) =>
        node.TryGetProperty("message", out _) || node.TryGetProperty("errorMessage", out _);

    private static EconomicValidationError ReadItem(JsonElement item, string path)
    {
        var message = Text(item, "message") ?? Text(item, "errorMessage") ?? string.Empty;
        var value = item.TryGetProperty("value", out var v) ? Scalar(v)
            : item.TryGetProperty("inputValue", out var input) ? Scalar(input) : null;
        var property = path.Length > 0 ? path : Text(item, "propertyName") ?? Text(item, "property") ?? string.Empty;

        return new EconomicValidationError(property, message, Text(item, "errorCode"), value);
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Scalar(value)
            : null;

    private static List<string> Strings(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return array.EnumerateArray()
            .Select(item => Scalar(item) ?? string.Empty)
            .Where(text => text.Length > 0)
            .ToList();
    }
}
