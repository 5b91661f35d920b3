using System.Text;
using System.Text.RegularExpressions;

namespace Economic.StandIn.Collections.Filtering;

/// <summary>
/// Reads the tokens of a filter string: operators, values with the escapes <c>$$ $( $) $* $, $[ $]</c>,
/// <c>$null:</c> and the <c>[a,b,c]</c> lists of <c>$in:</c> and <c>$nin:</c>.
/// </summary>
internal sealed class FilterScanner(string text)
{
    public const int MaxListValues = 200;

    private const string Escapable = "$()*,[]";

    private readonly string _text = text;
    private int _position;

    public int Position => _position;

    public bool AtEnd => _position >= _text.Length;

    public char Current => _text[_position];

    public string ReadUntilDollar()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] != '$')
        {
            _position++;
        }

        return _text[start.._position];
    }

    public FilterValue ReadList(string property, FieldType type)
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

    public FilterValue ReadValue(FilterOperator op)
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

    public bool At(string token) => _text.AsSpan(_position).StartsWith(token, StringComparison.Ordinal);

    public bool TryConsume(string token)
    {
        if (!At(token))
        {
            return false;
        }

        _position += token.Length;

        return true;
    }
}
