namespace Economic.StandIn.Collections.Filtering;

/// <summary>The comparison operators of e-conomic's filter syntax.</summary>
internal enum FilterOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    Like,
    In,
    NotIn,
}
