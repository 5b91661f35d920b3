namespace Economic.StandIn.Collections;

/// <summary>How a filter value is compared with a property.</summary>
internal enum FieldType
{
    String,
    Integer,
    Number,
    Boolean,
    Date,
}
