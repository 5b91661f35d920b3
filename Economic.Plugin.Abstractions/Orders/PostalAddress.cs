namespace Economic.Plugin.Abstractions.Orders;

/// <summary>A postal address split the way labels and carriers use it.</summary>
public sealed record PostalAddress
{
    /// <summary>The addressee: a person or company name.</summary>
    public string? Name { get; init; }

    /// <summary>Street lines, top to bottom, without blank lines.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>The postal code.</summary>
    public string? Zip { get; init; }

    /// <summary>The city.</summary>
    public string? City { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country code, or null when the country could not be mapped.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The country as the source wrote it, such as "Danmark".</summary>
    public string? CountryName { get; init; }
}
