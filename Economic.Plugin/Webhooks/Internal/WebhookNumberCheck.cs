using System.Globalization;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>
/// Checks the numbers of a webhook call before it is recorded, so a number e-conomic cannot hold never
/// reaches the queue: a product number has at most 25 characters, an order number is a positive whole number.
/// </summary>
internal static class WebhookNumberCheck
{
    /// <summary>The longest product number e-conomic accepts.</summary>
    public const int MaxProductNumberLength = 25;

    /// <summary>Returns the reason the call's old or new number is invalid, or null when both are valid or empty.</summary>
    public static string? Problem(WebhookCall call)
    {
        ArgumentNullException.ThrowIfNull(call);

        return Problem(call.Event.RecordType, call.OldNumber, "old") ?? Problem(call.Event.RecordType, call.NewNumber, "new");
    }

    private static string? Problem(WebhookRecordType recordType, string number, string key)
    {
        if (number.Length == 0)
        {
            return null;
        }

        if (recordType == WebhookRecordType.Product)
        {
            return number.Length <= MaxProductNumberLength
                ? null
                : $"The webhook call's {key} product number '{number}' has {number.Length} characters; e-conomic allows at most {MaxProductNumberLength}. Check the webhook's posted data in e-conomic.";
        }

        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? null
            : $"The webhook call's {key} order number '{number}' is not a positive whole number. Check the webhook's posted data in e-conomic.";
    }
}
