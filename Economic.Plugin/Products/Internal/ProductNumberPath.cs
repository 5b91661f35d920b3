using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Products.Internal;

/// <summary>Prepares a product number for the <c>{encodedProductNumber}</c> path parameter of <see cref="IProductsApi"/>.</summary>
internal static class ProductNumberPath
{
    /// <summary>
    /// Replaces the characters e-conomic escapes in identifiers ('/' as _6_, space as _9_ and so on) and leaves
    /// the rest as text. Refit URL-encodes every path parameter, so the percent-encoding that
    /// <see cref="EconomicIdentifier.EncodeForPath"/> applies to other characters is undone here to avoid encoding twice.
    /// </summary>
    public static string Encode(string productNumber) => Uri.UnescapeDataString(EconomicIdentifier.EncodeForPath(productNumber));
}
