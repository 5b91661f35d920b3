using System.Text.Json.Nodes;

namespace Economic.StandIn.Collections;

/// <summary>Orders documents by <c>sort=</c> keys (a leading <c>-</c> means descending), then by the collection's key.</summary>
internal sealed class SortOrder(CollectionSchema schema, IReadOnlyList<(string Property, bool Descending)> keys) : IComparer<JsonObject>
{
    /// <summary>Reads <c>sort=a,-b,~c</c>; returns false with the property name when one is not sortable.</summary>
    public static bool TryRead(string? sort, CollectionSchema schema, out SortOrder order, out string? notSortable)
    {
        var keys = new List<(string, bool)>();
        notSortable = null;
        foreach (var part in (sort ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var descending = part.StartsWith('-');
            var property = part.TrimStart('-', '~');
            if (!schema.Sortable.Contains(property))
            {
                notSortable = property;
                break;
            }

            keys.Add((property, descending));
        }

        order = new SortOrder(schema, keys);

        return notSortable is null;
    }

    public int Compare(JsonObject? x, JsonObject? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);

        foreach (var (property, descending) in keys)
        {
            var order = CompareProperty(x, y, property);
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        return CompareProperty(x, y, schema.KeyProperty);
    }

    private int CompareProperty(JsonObject x, JsonObject y, string property)
    {
        var left = JsonFields.Find(x, property);
        var right = JsonFields.Find(y, property);

        return schema.TypeOf(property) switch
        {
            FieldType.Integer or FieldType.Number => Nullable.Compare(JsonFields.Number(left), JsonFields.Number(right)),
            FieldType.Date => Nullable.Compare(JsonFields.Instant(left), JsonFields.Instant(right)),
            FieldType.Boolean => JsonFields.Boolean(left).CompareTo(JsonFields.Boolean(right)),
            _ => StringComparer.OrdinalIgnoreCase.Compare(JsonFields.Text(left), JsonFields.Text(right)),
        };
    }
}
