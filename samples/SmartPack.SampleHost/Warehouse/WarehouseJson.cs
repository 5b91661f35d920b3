using System.Text.Json;

namespace SmartPack.SampleHost.Warehouse;

/// <summary>The one serializer setup for stored orders and products, so equal content always gives equal text.</summary>
internal static class WarehouseJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The stored {typeof(T).Name} is empty.");
}
