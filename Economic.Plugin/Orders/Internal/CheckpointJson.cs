using System.Text.Json;

namespace Economic.Plugin.Orders.Internal;

/// <summary>JSON options of the stored order import checkpoints.</summary>
internal static class CheckpointJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
