using System.Text.Json;
using System.Text.Json.Serialization;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>Writes and reads queue entries as JSON.</summary>
internal static class WebhookQueueJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(PendingRecord record) => JsonSerializer.Serialize(record, Options);

    public static PendingRecord? Deserialize(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<PendingRecord>(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
