using System.Security.Cryptography;
using System.Text;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>Checks the secret that authenticates a webhook call, the only proof e-conomic's legacy webhooks carry.</summary>
internal static class WebhookSecret
{
    /// <summary>The manifest's setting key of the secret.</summary>
    public const string SettingKey = "webhookSecret";

    /// <summary>
    /// Returns true when <paramref name="presented"/> equals <paramref name="configured"/>. The bytes are
    /// compared in constant time so that response times do not reveal the secret; no configured secret
    /// matches nothing.
    /// </summary>
    public static bool Matches(string? configured, string? presented)
    {
        if (string.IsNullOrEmpty(configured) || presented is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(configured),
            Encoding.UTF8.GetBytes(presented));
    }
}
