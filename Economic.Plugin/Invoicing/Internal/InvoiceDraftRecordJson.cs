using System.Text.Json;
using System.Text.Json.Serialization;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Reads and writes <see cref="InvoiceDraftRecord"/> as the JSON kept in the state store.</summary>
internal static class InvoiceDraftRecordJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <exception cref="JsonException">The stored text is not a record.</exception>
    public static InvoiceDraftRecord Parse(string stored) =>
        JsonSerializer.Deserialize<InvoiceDraftRecord>(stored, Options)
        ?? throw new JsonException($"The invoice draft record '{stored}' is empty.");

    public static string Serialize(InvoiceDraftRecord record) => JsonSerializer.Serialize(record, Options);
}
