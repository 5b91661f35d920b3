using System.Collections.Frozen;

namespace Economic.Plugin.Orders.Internal;

/// <summary>
/// Maps e-conomic's free-text country to an ISO 3166-1 alpha-2 code. It maps the names in
/// <see cref="CountryNames"/> and their alpha-2 and alpha-3 codes, ignoring case and surrounding spaces.
/// It never guesses, so any other text maps to null.
/// </summary>
internal static class CountryMapper
{
    private static readonly FrozenDictionary<string, string> Codes = BuildCodes();

    /// <summary>Returns the alpha-2 code of <paramref name="country"/>, or null when it is blank or unknown.</summary>
    public static string? ToAlpha2(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        return Codes.GetValueOrDefault(Normalize(country));
    }

    private static FrozenDictionary<string, string> BuildCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (alpha2, alpha3, names) in CountryNames.Rows)
        {
            codes[alpha2] = alpha2;
            codes[alpha3] = alpha2;
            foreach (var name in names.Split('|'))
            {
                codes[Normalize(name)] = alpha2;
            }
        }

        return codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
