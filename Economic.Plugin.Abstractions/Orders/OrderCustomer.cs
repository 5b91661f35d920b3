namespace Economic.Plugin.Abstractions.Orders;

/// <summary>The customer of an order, with the contact data the warehouse and carriers need.</summary>
public sealed record OrderCustomer
{
    /// <summary>The customer number in the source system.</summary>
    public required string CustomerNumber { get; init; }

    /// <summary>The customer's name, or the company name.</summary>
    public required string Name { get; init; }

    /// <summary>The customer's address.</summary>
    public required PostalAddress Address { get; init; }

    /// <summary>A phone number, where the customer has one.</summary>
    public string? Phone { get; init; }

    /// <summary>An e-mail address, where the customer has one.</summary>
    public string? Email { get; init; }

    /// <summary>The CVR, SE or other company registration number (Danish "CVR-nummer").</summary>
    public string? CompanyRegistrationNumber { get; init; }

    /// <summary>The VAT number, used for EU trade and customs papers.</summary>
    public string? VatNumber { get; init; }

    /// <summary>The EAN (GLN) number for electronic invoices to public bodies.</summary>
    public string? Ean { get; init; }
}
