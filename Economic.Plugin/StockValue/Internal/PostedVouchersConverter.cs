using System.Text.Json;
using System.Text.Json.Serialization;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>Reads <see cref="PostedVouchers"/> from a JSON array of vouchers or from a single voucher object.</summary>
internal sealed class PostedVouchersConverter : JsonConverter<PostedVouchers>
{
    public override PostedVouchers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var list = JsonSerializer.Deserialize<List<Voucher>>(ref reader, options) ?? [];
            return new PostedVouchers(list);
        }

        var single = JsonSerializer.Deserialize<Voucher>(ref reader, options)
            ?? throw new JsonException("The voucher response is null; expected a voucher or an array of vouchers.");

        return new PostedVouchers([single]);
    }

    public override void Write(Utf8JsonWriter writer, PostedVouchers value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);

        JsonSerializer.Serialize(writer, value.Vouchers, options);
    }
}
