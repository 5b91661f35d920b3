using Economic.Plugin.Abstractions.Orders;

namespace Economic.Plugin.Orders.Internal;

/// <summary>Builds postal addresses from e-conomic's address fields.</summary>
internal static class AddressMapper
{
    private static readonly char[] LineBreaks = ['\r', '\n'];

    /// <summary>
    /// Builds an address: the street text split into lines on line breaks (blank lines dropped) and the
    /// country mapped to its ISO code. An unknown country stays as written, with a null code and a warning.
    /// </summary>
    public static PostalAddress Map(string? name, string? street, string? zip, string? city, string? country, MappingWarnings warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);

        var countryName = Trimmed(country);
        var countryCode = CountryMapper.ToAlpha2(countryName);
        if (countryName is not null && countryCode is null)
        {
            warnings.Add($"The country '{countryName}' is not a country name or ISO code the plugin can map, "
                + "so the address has no country code. Correct the country in e-conomic.");
        }

        return new PostalAddress
        {
            Name = Trimmed(name),
            Lines = SplitLines(street),
            Zip = Trimmed(zip),
            City = Trimmed(city),
            CountryCode = countryCode,
            CountryName = countryName,
        };
    }

    /// <summary>Splits text on line breaks into trimmed, non-blank lines.</summary>
    public static IReadOnlyList<string> SplitLines(string? text) =>
        text is null
            ? []
            : text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Returns the trimmed text, or null when it is blank.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
