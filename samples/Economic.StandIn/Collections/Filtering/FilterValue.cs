using System.Globalization;
using System.Text.RegularExpressions;

namespace Economic.StandIn.Collections.Filtering;

/// <summary>The right-hand side of a predicate, unescaped, with its typed reading.</summary>
internal sealed record FilterValue(string Text, bool IsNull, Regex? Wildcard)
{
    public static readonly FilterValue Null = new(string.Empty, true, null);

    public IReadOnlyList<decimal> Numbers { get; init; } = [];

    public decimal Number { get; init; }

    public DateTimeOffset Instant { get; init; }

    public bool Boolean { get; init; }

    public FilterValue Typed(string property, FieldType type)
    {
        if (IsNull)
        {
            return this;
        }

        return type switch
        {
            FieldType.Integer or FieldType.Number => this with { Number = ParseNumber(property, Text) },
            FieldType.Date => this with { Instant = JsonFields.ParseInstant(Text) ?? throw Invalid(property, "a date") },
            FieldType.Boolean => this with { Boolean = bool.TryParse(Text, out var flag) ? flag : throw Invalid(property, "true or false") },
            _ => this,
        };
    }

    public static decimal ParseNumber(string property, string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Invalid(property, "a number", text);

    private FilterException Invalid(string property, string expected) => Invalid(property, expected, Text);

    private static FilterException Invalid(string property, string expected, string text) =>
        FilterException.Invalid($"The value '{text}' for property '{property}' is not {expected}.");
}
