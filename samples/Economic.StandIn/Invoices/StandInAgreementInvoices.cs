using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;

namespace Economic.StandIn;

/// <summary>Test access to an agreement's invoices.</summary>
public static class StandInAgreementInvoices
{
    /// <summary>Copies of the draft invoices, ordered by draft number.</summary>
    public static IReadOnlyList<JsonObject> DraftInvoices(this StandInAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);

        return agreement.Read(data => data.Invoices.Drafts.Values.Select(Copy).ToList());
    }

    /// <summary>The bodies of <c>POST /invoices/drafts</c> exactly as received, oldest first. Replayed requests are not included.</summary>
    public static IReadOnlyList<JsonObject> ReceivedDraftInvoiceRequests(this StandInAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);

        return agreement.Read(data => data.Invoices.ReceivedDraftRequests.Select(Copy).ToList());
    }

    /// <summary>Stores a booked invoice document under its <c>bookedInvoiceNumber</c>.</summary>
    public static void PutBookedInvoice(this StandInAgreement agreement, JsonObject invoice)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(invoice);
        var number = JsonNumbers.Required(invoice, "bookedInvoiceNumber");
        var copy = Copy(invoice);
        copy["self"] = $"{Links.CanonicalBase}invoices/booked/{number}";

        agreement.Write(data => data.Invoices.Booked[number] = copy);
    }

    private static JsonObject Copy(JsonObject document) => document.DeepClone().AsObject();
}
