using System.Text.Json;
using System.Text.Json.Serialization;
using Economic.Plugin.EconomicApi.Internal;

namespace Economic.Plugin.EconomicApi;

/// <summary>The one set of JSON options used for every e-conomic document.</summary>
internal static class EconomicJson
{
    /// <summary>
    /// Options for e-conomic: camelCase names, nulls omitted on write because e-conomic rejects an
    /// explicit null, enums in camelCase as e-conomic spells them, exact decimals, DateOnly dates and
    /// timestamps that may arrive as a plain date.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new EconomicTimestampConverter());
        options.MakeReadOnly(populateMissingResolver: true);

        return options;
    }
}
