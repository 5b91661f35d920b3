using System.Globalization;

namespace SmartPack.SampleHost.Storage;

/// <summary>
/// Converts values to and from the text SQLite stores. Times are UTC round-trip text, so they sort as
/// text; decimals are invariant text, so no precision is lost to SQLite's floating point.
/// </summary>
internal static class SqliteValues
{
    public static string FromTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ToTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? ToTimeOrNull(object value) =>
        value is string text ? ToTime(text) : null;

    public static object FromDecimal(decimal? value) =>
        value is { } number ? number.ToString(CultureInfo.InvariantCulture) : DBNull.Value;

    public static decimal? ToDecimalOrNull(object value) =>
        value is string text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;

    public static object OrNull(int? value) => value is null ? DBNull.Value : value.Value;
}
