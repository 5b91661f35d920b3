using System.Globalization;
using System.Text;

namespace Economic.Plugin.EconomicApi;

/// <summary>
/// Builds an e-conomic <c>filter</c> query value: predicates such as <c>lastUpdated$gte:2026-01-01T00:00:00Z</c>
/// joined by <c>$and:</c>. Values are escaped here. The whole value must still be URL-encoded, because a
/// raw '+' would arrive as a space; Refit encodes query parameters.
/// </summary>
internal sealed class EconomicFilter
{
    private readonly List<string> _predicates = [];

    /// <summary>True when no predicate was added.</summary>
    public bool IsEmpty => _predicates.Count == 0;

    /// <summary>Adds <c>field$eq:value</c>.</summary>
    public EconomicFilter Equal(string field, string value) => Add(field, "$eq:", Escape(value, escapeBrackets: false));

    /// <summary>Adds <c>field$eq:value</c> for a number.</summary>
    public EconomicFilter Equal(string field, long value) => Add(field, "$eq:", value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <c>field$ne:value</c>.</summary>
    public EconomicFilter NotEqual(string field, string value) => Add(field, "$ne:", Escape(value, escapeBrackets: false));

    /// <summary>Adds <c>field$like:value</c>, where the value is matched as a literal substring.</summary>
    public EconomicFilter Contains(string field, string value) => Add(field, "$like:", Escape(value, escapeBrackets: true));

    /// <summary>Adds <c>field$gte:timestamp</c>.</summary>
    public EconomicFilter GreaterThanOrEqual(string field, DateTimeOffset value) => Add(field, "$gte:", FormatTimestamp(value));

    /// <summary>Adds <c>field$gt:value</c> for a number.</summary>
    public EconomicFilter GreaterThan(string field, long value) => Add(field, "$gt:", value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <c>field$lt:timestamp</c>.</summary>
    public EconomicFilter LessThan(string field, DateTimeOffset value) => Add(field, "$lt:", FormatTimestamp(value));

    /// <summary>Returns the filter value, or null when it is empty so Refit omits the parameter.</summary>
    public string? ToQueryValue() => IsEmpty ? null : ToString();

    /// <summary>Returns the predicates joined by <c>$and:</c>.</summary>
    public override string ToString() => string.Join("$and:", _predicates);

    /// <summary>Formats a timestamp in UTC as e-conomic filters take it: yyyy-MM-ddTHH:mm:ssZ.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Escapes a filter value: '$', '(', ')', '*' and ',' get a '$' prefix, and so do '[' and ']' when
    /// <paramref name="escapeBrackets"/> is set. For <c>$eq:</c> brackets stay as they are, because the
    /// server matches nothing with the escaped form.
    /// </summary>
    public static string Escape(string value, bool escapeBrackets)
    {
        ArgumentNullException.ThrowIfNull(value);

        var text = new StringBuilder(value.Length + 8);
        foreach (var character in value)
        {
            var escape = character is '$' or '(' or ')' or '*' or ','
                || (escapeBrackets && character is '[' or ']');
            if (escape)
            {
                text.Append('$');
            }

            text.Append(character);
        }

        return text.ToString();
    }

    private EconomicFilter Add(string field, string operatorText, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);

        _predicates.Add(field + operatorText + value);
        return this;
    }
}
