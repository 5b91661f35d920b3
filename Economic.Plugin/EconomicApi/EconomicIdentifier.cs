using System.Text;

namespace Economic.Plugin.EconomicApi;

/// <summary>e-conomic's own escaping of identifiers, such as product numbers, inside a URL path.</summary>
internal static class EconomicIdentifier
{
    /// <summary>
    /// Encodes a product number (or other text identifier) as one path segment the way e-conomic's self
    /// links do: '&lt;' becomes _0_, '&gt;' _1_, '*' _2_, '%' _3_, ':' _4_, '&amp;' _5_, '/' _6_, '\' _7_,
    /// '_' _8_, space _9_, '?' _10_, '.' _11_, '#' _12_, '+' _13_; other characters are URL-encoded.
    /// The result is already encoded, so it must be sent without further escaping.
    /// </summary>
    public static string EncodeForPath(string productNumber)
    {
        ArgumentException.ThrowIfNullOrEmpty(productNumber);

        var text = new StringBuilder(productNumber.Length + 8);
        foreach (var rune in productNumber.EnumerateRunes())
        {
            text.Append(Encode(rune));
        }

        return text.ToString();
    }

    private static string Encode(Rune rune) => rune.Value switch
    {
        '<' => "_0_",
        '>' => "_1_",
        '*' => "_2_",
        '%' => "_3_",
        ':' => "_4_",
        '&' => "_5_",
        '/' => "_6_",
        '\\' => "_7_",
        '_' => "_8_",
        ' ' => "_9_",
        '?' => "_10_",
        '.' => "_11_",
        '#' => "_12_",
        '+' => "_13_",
        _ => Uri.EscapeDataString(rune.ToString()),
    };
}
