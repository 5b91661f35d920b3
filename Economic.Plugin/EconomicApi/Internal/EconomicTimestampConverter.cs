using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Economic.Plugin.EconomicApi.Internal;

/// <summary>
/// Reads e-conomic timestamps. The schemas type <c>lastUpdated</c> as a full date, but the server sends a
/// time as well, and some fields (<c>logTime</c>) have no offset, which e-conomic means as UTC.
/// </summary>
internal sealed class EconomicTimestampConverter : JsonConverter<DateTimeOffset>
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var value))
        {
            return value;
        }

        throw new JsonException($"The timestamp '{text}' is not an ISO 8601 date or date and time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);

        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
    }
}
