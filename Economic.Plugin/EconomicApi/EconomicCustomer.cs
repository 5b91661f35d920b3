namespace Economic.Plugin.EconomicApi;

/// <summary>The parts of an e-conomic customer document the plugin reads.</summary>
internal sealed record EconomicCustomer
{
    public int CustomerNumber { get; init; }

    public string? Name { get; init; }

    /// <summary>The street address; may hold several lines separated by line breaks.</summary>
    public string? Address { get; init; }

    public string? Zip { get; init; }

    public string? City { get; init; }

    /// <summary>The country as free text, such as "Danmark" or "Denmark".</summary>
    public string? Country { get; init; }

    /// <summary>One or more e-mail addresses separated by spaces.</summary>
    public string? Email { get; init; }

    public string? TelephoneAndFaxNumber { get; init; }

    public string? MobilePhone { get; init; }

    /// <summary>The company registration number, such as a Danish CVR number.</summary>
    public string? CorporateIdentificationNumber { get; init; }

    public string? VatNumber { get; init; }

    public string? Ean { get; init; }

    public DateTimeOffset? LastUpdated { get; init; }
}
