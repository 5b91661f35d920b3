namespace Economic.StandIn.Collections;

/// <summary>What a collection allows: the filterable and sortable properties from its e-conomic schema, and its key.</summary>
internal sealed record CollectionSchema(
    string KeyProperty,
    IReadOnlyDictionary<string, FieldType> Filterable,
    IReadOnlySet<string> Sortable)
{
    public bool KeyIsNumeric => Filterable.TryGetValue(KeyProperty, out var type) && type == FieldType.Integer;

    public FieldType TypeOf(string property) =>
        Filterable.TryGetValue(property, out var type) ? type : FieldType.String;
}
