namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to a unit, such as "stk." or "kg".</summary>
internal sealed record UnitReference
{
    public int? UnitNumber { get; init; }

    /// <summary>The unit name. Read only on invoice drafts.</summary>
    public string? Name { get; init; }
}
