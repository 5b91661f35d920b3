using System.Text;
using System.Text.RegularExpressions;

namespace Economic.StandIn.Collections.Filtering;

/// <summary>
/// Parses e-conomic's filter syntax: <c>property$op:value</c> joined by <c>$and:</c> and <c>$or:</c>
/// (and binds tighter), parentheses for grouping, <c>$null:</c> as a value and the escapes
/// <c>$$ $( $) $* $, $[ $]</c> inside values.
/// </summary>
internal sealed class FilterParser
{
    public const int MaxListValues = 200;

    private const string Escapable = "$()*,[]";

    private static readonly (string Token, FilterOperator Operator)[] Operators =
    [
        ("$eq:", FilterOperator.Equal), ("$ne:", FilterOperator.NotEqual),
        ("$gte:", FilterOperator.GreaterThanOrEqual), ("$gt:", FilterOperator.GreaterThan),
        ("$lte:", FilterOperator.LessThanOrEqual), ("$lt:", FilterOperator.LessThan),
        ("$like:", FilterOperator.Like), ("$in:", FilterOperator.In), ("$nin:", FilterOperator.NotIn),
    ];

    private readonly string _text;
    private readonly CollectionSchema _schema;
    private int _position;

    private FilterParser(string text, CollectionSchema schema)
    {
        _text = text;
        _schema = schema;
    }

    public static FilterNode Parse(string text, CollectionSchema schema)
    {
        var parser = new FilterParser(text, schema);
        var node = parser.ParseOr();
        if (parser._position < text.Length)
        {
            throw FilterException.Invalid($"Unexpected '{text[parser._position]}' at position {parser._position} of the filter.");
        }

        return node;
    }

    private FilterNode ParseOr()
    {
        var left = ParseAnd();
        while (TryConsume("$or:"))
        {
            left = new OrFilter(left, ParseAnd());
        }

        return left;
    }

    private FilterNode ParseAnd()
    {
        var left = ParseTerm();
        while (TryConsume("$and:"))
        {
            left = new AndFilter(left, ParseTerm());
        }

        return left;
    }

    private FilterNode ParseTerm()
    {
        if (!TryConsume("("))
        {
            return ParsePredicate();
        }

        var inner = ParseOr();

        return TryConsume(")") ? inner : throw FilterException.Invalid("A '(' in the filter has no matching ')'.");
    }

    private FilterPredicate ParsePredicate()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] != '$')
        {
            _position++;
        }

        var property = _text[start.._position];
        var (token, op) = Operators.FirstOrDefault(candidate => At(candidate.Token));
        if (property.Length == 0 || token is null)
        {
            throw FilterException.Invalid($"Expected 'property$operator:value' at position {start} of the filter.");
        }

        _position += token.Length;
        if (!_schema.Filterable.TryGetValue(property, out var type))
        {
            throw FilterException.NotAllowed(property);
        }

        var value = op switch
        {
            FilterOperator.In or FilterOperator.NotIn => ReadList(property, type),
            FilterOperator.Like => ReadValue(op),
            _ => ReadValue(op).Typed(property, type),
        };

        return new FilterPredicate(property, type, op, value);
    }

    private FilterValue ReadList(string property, FieldType type)
    {
        if (type is not (FieldType.Integer or FieldType.Number))
        {
            throw FilterException.Invalid($"$in: and $nin: work on numeric properties only, not on '{property}'.");
        }

        if (!TryConsume("["))
        {
            throw FilterException.Invalid($"The values of $in: or $nin: on '{property}' must be written as [a,b,c].");
        }

        var items = new List<string>();
        var item = new StringBuilder();
        while (!TryConsume("]"))
        {
            if (_position >= _text.Length)
            {
                throw FilterException.Invalid($"The list of values on '{property}' has no closing ']'.");
            }

            if (TryConsume(","))
            {
                items.Add(item.ToString());
                item.Clear();
                continue;
            }

            item.Append(ReadCharacter(out _));
        }

        items.Add(item.ToString());
        if (items.Count > MaxListValues)
        {
            throw FilterException.Invalid($"$in: and $nin: accept at most {MaxListValues} values; '{property}' has {items.Count}.");
        }

        return new FilterValue(string.Join(',', items), false, null)
        {
            Numbers = items.Select(text => FilterValue.ParseNumber(property, text.Trim())).ToList(),
        };
    }

    private FilterValue ReadValue(FilterOperator op)
    {
        if (TryConsume("$null:"))
        {
            return FilterValue.Null;
        }

        var text = new StringBuilder();
        var pattern = new StringBuilder("^");
        var hasWildcard = false;
        while (_position < _text.Length && _text[_position] != ')' && !At("$and:") && !At("$or:"))
        {
            var character = ReadCharacter(out var escaped);
            var wildcard = character == '*' && !escaped;
            hasWildcard |= wildcard;
            text.Append(character);
            pattern.Append(wildcard ? ".*" : Regex.Escape(character.ToString()));
        }

        var regex = op == FilterOperator.Like && hasWildcard
            ? new Regex(pattern.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1))
            : null;

        return new FilterValue(text.ToString(), false, regex);
    }

    private char ReadCharacter(out bool escaped)
    {
        var character = _text[_position];
        escaped = character == '$';
        if (!escaped)
        {
            _position++;
            return character;
        }

        if (_position + 1 >= _text.Length || !Escapable.Contains(_text[_position + 1], StringComparison.Ordinal))
        {
            throw FilterException.Invalid($"A '$' at position {_position} of the filter must be written as '$$'.");
        }

        _position += 2;

        return _text[_position - 1];
    }

    private bool At(string token) => _text.AsSpan(_position).StartsWith(token, StringComparison.Ordinal);

    private bool TryConsume(string token)
    {
        if (!At(token))
        {
            return false;
        }

        _position += token.Length;

        return true;
    }
}
