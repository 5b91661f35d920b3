using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;

namespace Economic.StandIn.Invoices;

/// <summary>
/// Finds an agreement's payment terms by number. The stand-in has no /payment-terms resource, so the
/// terms are taken from the orders that carry them in full.
/// </summary>
internal static class KnownTerms
{
    public static JsonObject? Find(AgreementData data, int paymentTermsNumber) =>
        data.Orders.Values
            .SelectMany(orders => orders.Values)
            .Select(order => order["paymentTerms"] as JsonObject)
            .FirstOrDefault(terms => terms is not null
                && JsonFields.Number(terms["paymentTermsNumber"]) == paymentTermsNumber
                && terms["paymentTermsType"] is not null);
}
