using System.Text.RegularExpressions;

namespace Economic.Plugin.Orders.Internal;

/// <summary>
/// Reads the droppoint convention from e-conomic delivery terms: carrier, kind and id, such as
/// "GLS Pakkeshop 96512", "PostNord Servicepoint: 3456" or "DAO Pakkeshop nr. 2811". e-conomic has no
/// droppoint field, so shops write it in the delivery terms and the droppoint's name and address in
/// the delivery block.
/// </summary>
internal static partial class DroppointParser
{
    /// <summary>Returns the droppoint named in <paramref name="deliveryTerms"/>, or null when it names none.</summary>
    public static DroppointReference? Parse(string? deliveryTerms)
    {
        if (string.IsNullOrWhiteSpace(deliveryTerms))
        {
            return null;
        }

        var match = Pattern().Match(deliveryTerms);
        return match.Success ? new DroppointReference(match.Groups["carrier"].Value, match.Groups["id"].Value) : null;
    }

    // The id must contain a digit, so "GLS Pakkeshop Aarhus" (a name, not an id) is not read as a droppoint.
    [GeneratedRegex(
        @"(?:^|\s)(?<carrier>[\p{L}\p{N}&\-]+)\s+(?:pakkeshop|parcelshop|parcel\s+shop|pakkeboks|servicepoint|service\s+point|droppoint|udleveringssted)\s*(?::|#|nr\.?|no\.?)?\s*(?<id>(?=[\p{L}\-]*\p{N})[\p{L}\p{N}\-]+)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
