namespace Economic.StandIn.Collections.Filtering;

/// <summary>
/// Parses e-conomic's filter syntax: <c>property$op:value</c> joined by <c>$and:</c> and <c>$or:</c>
/// (and binds tighter), with parentheses for grouping. <see cref="FilterScanner"/> reads the values.
/// </summary>
internal sealed class FilterParser
{
    private static readonly (string Token, FilterOperator Operator)[] Operators =
    [
        ("$eq:", FilterOperator.Equal), ("$ne:", FilterOperator.NotEqual),
        ("$gte:", FilterOperator.GreaterThanOrEqual), ("$gt:", FilterOperator.GreaterThan),
        ("$lte:", FilterOperator.LessThanOrEqual), ("$lt:", FilterOperator.LessThan),
        ("$like:", FilterOperator.Like), ("$in:", FilterOperator.In), ("$nin:", FilterOperator.NotIn),
    ];

    private readonly FilterScanner _scanner;
    private readonly CollectionSchema _schema;

    private FilterParser(string text, CollectionSchema schema)
    {
        _scanner = new FilterScanner(text);
        _schema = schema;
    }

    public static FilterNode Parse(string text, CollectionSchema schema)
    {
        var parser = new FilterParser(text, schema);
        var node = parser.ParseOr();
        if (!parser._scanner.AtEnd)
        {
            throw FilterException.Invalid($"Unexpected '{parser._scanner.Current}' at position {parser._scanner.Position} of the filter.");
        }

        return node;
    }

    private FilterNode ParseOr()
    {
        var left = ParseAnd();
        while (_scanner.TryConsume("$or:"))
        {
            left = new OrFilter(left, ParseAnd());
        }

        return left;
    }

    private FilterNode ParseAnd()
    {
        var left = ParseTerm();
        while (_scanner.TryConsume("$and:"))
        {
            left = new AndFilter(left, ParseTerm());
        }

        return left;
    }

    private FilterNode ParseTerm()
    {
        if (!_scanner.TryConsume("("))
        {
            return ParsePredicate();
        }

        var inner = ParseOr();

        return _scanner.TryConsume(")") ? inner : throw FilterException.Invalid("A '(' in the filter has no matching ')'.");
    }

    private FilterPredicate ParsePredicate()
    {
        var start = _scanner.Position;
        var property = _scanner.ReadUntilDollar();
        var (token, op) = Operators.FirstOrDefault(candidate => _scanner.At(candidate.Token));
        if (property.Length == 0 || token is null)
        {
            throw FilterException.Invalid($"Expected 'property$operator:value' at position {start} of the filter.");
        }

        _scanner.TryConsume(token);
        if (!_schema.Filterable.TryGetValue(property, out var type))
        {
            throw FilterException.NotAllowed(property);
        }

        var value = op switch
        {
            FilterOperator.In or FilterOperator.NotIn => _scanner.ReadList(property, type),
            FilterOperator.Like => _scanner.ReadValue(op),
            _ => _scanner.ReadValue(op).Typed(property, type),
        };

        return new FilterPredicate(property, type, op, value);
    }
}
