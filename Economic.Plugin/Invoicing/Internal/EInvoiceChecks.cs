using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// Checks what e-conomic needs to send a draft as an electronic (EAN, NemHandel) invoice once it is
/// booked: a valid 13-digit GLN and a contact person at the customer. The draft is still created, and
/// each problem becomes a warning for the admin.
/// </summary>
internal static class EInvoiceChecks
{
    public static List<string> Check(DraftInvoice draft, string orderNumber)
    {
        var ean = draft.Recipient?.Ean;
        if (string.IsNullOrWhiteSpace(ean))
        {
            return [];
        }

        if (!IsGln(ean))
        {
            return [$"The EAN number '{ean}' of the customer of order {orderNumber} is not a valid 13-digit GLN, so e-conomic cannot send the invoice electronically. Correct the customer's EAN number in e-conomic before booking the draft."];
        }

        return draft.References?.CustomerContact is null
            ? [$"The customer of order {orderNumber} has EAN number {ean} but the order names no contact person, and e-conomic needs one to send the invoice electronically. Add a contact person to the draft before booking it."]
            : [];
    }

    /// <summary>True for 13 digits whose last digit is the GS1 check digit of the first 12.</summary>
    public static bool IsGln(string text)
    {
        if (text.Length != 13 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var index = 0; index < 12; index++)
        {
            sum += (text[index] - '0') * (index % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10 == text[12] - '0';
    }
}
