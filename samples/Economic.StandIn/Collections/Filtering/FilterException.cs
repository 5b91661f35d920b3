namespace Economic.StandIn.Collections.Filtering;

/// <summary>A filter that cannot be applied: either it does not parse, or it names a property that is not filterable.</summary>
internal sealed class FilterException : Exception
{
    private FilterException(string message, string? notAllowedProperty)
        : base(message)
    {
        NotAllowedProperty = notAllowedProperty;
    }

    public string? NotAllowedProperty { get; }

    public static FilterException Invalid(string reason) => new(reason, null);

    public static FilterException NotAllowed(string property) =>
        new($"Filtering is not allowed on property '{property}'.", property);
}
