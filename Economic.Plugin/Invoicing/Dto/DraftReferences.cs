namespace Economic.Plugin.Invoicing.Dto;

/// <summary>The references of an invoice: the free-text reference and the people involved.</summary>
internal sealed record DraftReferences
{
    /// <summary>Free text of up to 250 characters. The plugin stores the warehouse order reference here.</summary>
    public string? Other { get; init; }

    public CustomerContactReference? CustomerContact { get; init; }

    public EmployeeReference? SalesPerson { get; init; }

    public EmployeeReference? VendorReference { get; init; }
}
