using System.Security.Cryptography;
using System.Text;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Builds the <c>Idempotency-Key</c> of an order's invoice draft.</summary>
internal static class IdempotencyKeys
{
    /// <summary>
    /// Returns the key of one generation: the same across attempts, hosts and restarts, so e-conomic
    /// replays its first response instead of creating a second draft.
    /// </summary>
    public static string For(string installationId, string orderNumber, int generation) =>
        $"smartpack-{HeaderSafe(installationId)}-order-{HeaderSafe(orderNumber)}-invoice-draft-v{generation}";

    // A header value must be ASCII, so text with other characters is replaced by a stable hash of it.
    private static string HeaderSafe(string text) =>
        text.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_' or '.')
            ? text
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
