using System.Text.Json.Nodes;

namespace Economic.StandIn.Collections.Filtering;

/// <summary>One <c>property$op:value</c> comparison; strings compare case-insensitively, dates as instants.</summary>
internal sealed record FilterPredicate(string Property, FieldType Type, FilterOperator Operator, FilterValue Value) : FilterNode
{
    public override IEnumerable<FilterPredicate> Predicates() => [this];

    public override bool Matches(JsonObject document)
    {
        var node = JsonFields.Find(document, Property);
        if (Value.IsNull)
        {
            var missing = node is null;
            return Operator switch
            {
                FilterOperator.Equal => missing,
                FilterOperator.NotEqual => !missing,
                _ => false,
            };
        }

        return Operator switch
        {
            FilterOperator.In => JsonFields.Number(node) is { } number && Value.Numbers.Contains(number),
            FilterOperator.NotIn => !(JsonFields.Number(node) is { } number && Value.Numbers.Contains(number)),
            FilterOperator.Like => IsLike(JsonFields.Text(node)),
            _ => Compare(node) is { } order ? Holds(order) : Operator == FilterOperator.NotEqual,
        };
    }

    private bool IsLike(string? text)
    {
        if (text is null)
        {
            return false;
        }

        return Value.Wildcard is { } pattern
            ? pattern.IsMatch(text)
            : text.Contains(Value.Text, StringComparison.OrdinalIgnoreCase);
    }

    // NOTE: a missing boolean is read as false, since e-conomic omits booleans that are false; whether the real filter does the same is unverified.
    private int? Compare(JsonNode? node) => Type switch
    {
        FieldType.Integer or FieldType.Number => JsonFields.Number(node)?.CompareTo(Value.Number),
        FieldType.Date => JsonFields.Instant(node)?.CompareTo(Value.Instant),
        FieldType.Boolean => JsonFields.Boolean(node).CompareTo(Value.Boolean),
        _ => JsonFields.Text(node) is { } text ? string.Compare(text, Value.Text, StringComparison.OrdinalIgnoreCase) : null,
    };

    private bool Holds(int order) => Operator switch
    {
        FilterOperator.Equal => order == 0,
        FilterOperator.NotEqual => order != 0,
        FilterOperator.GreaterThan => order > 0,
        FilterOperator.GreaterThanOrEqual => order >= 0,
        FilterOperator.LessThan => order < 0,
        _ => order <= 0,
    };
}
