using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Economic.StandIn.Invoices;

/// <summary>
/// Collects validation errors in e-conomic's annotated shape: <c>errors</c> mirrors the request, each
/// property contains <c>errors[]</c> of <c>errorCode, message, value, developerHint</c>, and line errors
/// sit in <c>errors.lines[]</c> items with an <c>arrayIndex</c>.
/// </summary>
internal sealed class ValidationErrors
{
    private readonly JsonObject _tree = [];

    public int Count { get; private set; }

    /// <summary>Adds an error on a request property such as "recipient.vatZone".</summary>
    public void Add(string path, string errorCode, string message, JsonNode? value = null) =>
        AddAt(_tree, path, errorCode, message, value);

    /// <summary>Adds an error on a property of line <paramref name="index"/>, such as "product".</summary>
    public void AddLine(int index, string path, string errorCode, string message, JsonNode? value = null)
    {
        var lines = _tree["lines"] as JsonArray ?? [];
        _tree["lines"] = lines;
        var item = lines.OfType<JsonObject>().FirstOrDefault(line => (int?)line["arrayIndex"] == index);
        if (item is null)
        {
            item = new JsonObject { ["arrayIndex"] = index };
            lines.Add(item);
        }

        AddAt(item, path, errorCode, message, value);
    }

    /// <summary>Builds the 400 body: message, errorCode, developerHint, logId, httpStatusCode, errors, logTime.</summary>
    public JsonObject ToBody(DateTimeOffset now) => new()
    {
        ["message"] = "Validation error.",
        ["errorCode"] = "E04300",
        ["developerHint"] = "Inspect validation errors and correct your request.",
        ["logId"] = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-CPH",
        ["httpStatusCode"] = 400,
        ["errors"] = _tree.DeepClone(),
        ["logTime"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        ["errorCount"] = Count,
    };

    private void AddAt(JsonObject root, string path, string errorCode, string message, JsonNode? value)
    {
        var node = root;
        foreach (var segment in path.Split('.'))
        {
            if (node[segment] is not JsonObject child)
            {
                child = [];
                node[segment] = child;
            }

            node = child;
        }

        var list = node["errors"] as JsonArray ?? [];
        node["errors"] = list;
        var error = new JsonObject { ["errorCode"] = errorCode, ["message"] = message };
        if (value is not null)
        {
            error["value"] = value.DeepClone();
        }

        error["developerHint"] = "Please check your request data.";
        list.Add(error);
        Count++;
    }
}
