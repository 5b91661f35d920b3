namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to an employee, such as the sales person.</summary>
internal sealed record EmployeeReference
{
    public int? EmployeeNumber { get; init; }
}
