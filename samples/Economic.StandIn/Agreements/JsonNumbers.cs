using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.Agreements;

/// <summary>Reads the integer keys of documents handed to the control API.</summary>
internal static class JsonNumbers
{
    public static int Required(JsonObject document, string property)
    {
        var number = JsonFields.Number(document[property]);
        if (number is not { } value || value != decimal.Truncate(value) || value < 1 || value > int.MaxValue)
        {
            throw new ArgumentException($"The document's '{property}' is missing or invalid: '{document[property]?.ToJsonString() ?? "missing"}'. Set it to a whole number of 1 or more.", nameof(document));
        }

        return (int)value;
    }
}
