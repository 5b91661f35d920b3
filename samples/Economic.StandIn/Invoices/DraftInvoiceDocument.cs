using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;

namespace Economic.StandIn.Invoices;

/// <summary>
/// Turns a valid request into the stored draft, as e-conomic returns it: number, links, full payment
/// terms, a due date from the terms, line totals and document totals with 25 % VAT in VAT zone 1 only.
/// </summary>
internal static class DraftInvoiceDocument
{
    public static JsonObject Create(JsonObject request, int draftNumber, AgreementData data, DateTimeOffset now)
    {
        var self = $"{Links.CanonicalBase}invoices/drafts/{draftNumber}";
        var draft = new JsonObject
        {
            ["draftInvoiceNumber"] = draftNumber,
            ["soap"] = new JsonObject { ["currentInvoiceHandle"] = new JsonObject { ["id"] = draftNumber } },
            ["templates"] = new JsonObject { ["bookingInstructions"] = $"{self}/templates/booking-instructions", ["self"] = $"{self}/templates" },
            ["attachment"] = $"{self}/attachment",
        };
        foreach (var (name, value) in request)
        {
            draft[name] = value?.DeepClone();
        }

        draft["exchangeRate"] ??= 100.000000m;
        Terms(draft, data);
        var lines = Lines(draft);
        Totals(draft, lines);
        draft["pdf"] = new JsonObject { ["download"] = $"{self}/pdf" };
        draft["lastUpdated"] = ResourceStamps.Seconds(now);
        draft["self"] = self;

        return draft;
    }

    private static void Terms(JsonObject draft, AgreementData data)
    {
        var number = (int)(JsonFields.Number(JsonFields.Find(draft, "paymentTerms.paymentTermsNumber")) ?? 0);
        var terms = KnownTerms.Find(data, number)?.DeepClone().AsObject()
            ?? new JsonObject { ["paymentTermsNumber"] = number, ["self"] = $"{Links.CanonicalBase}payment-terms/{number}" };
        draft["paymentTerms"] = terms;

        var date = DateOnly.Parse(JsonFields.Text(draft["date"])!, System.Globalization.CultureInfo.InvariantCulture);
        var days = (int)(JsonFields.Number(terms["daysOfCredit"]) ?? 0);
        var due = JsonFields.Text(terms["paymentTermsType"]) switch
        {
            "dueDate" => (DateOnly?)null,
            "invoiceMonth" => new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1).AddDays(days),
            _ => date.AddDays(days),
        };
        if (due is { } dueDate)
        {
            draft["dueDate"] = dueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static JsonArray Lines(JsonObject draft)
    {
        var lines = draft["lines"] as JsonArray ?? [];
        draft["lines"] = lines;
        foreach (var line in lines.OfType<JsonObject>())
        {
            var quantity = JsonFields.Number(line["quantity"]) ?? 0m;
            var price = JsonFields.Number(line["unitNetPrice"]) ?? 0m;
            var discount = JsonFields.Number(line["discountPercentage"]) ?? 0m;
            if (line["product"] is not null)
            {
                line["totalNetAmount"] = Math.Round(quantity * price * (100m - discount) / 100m, 2, MidpointRounding.AwayFromZero);
            }
        }

        return lines;
    }

    private static void Totals(JsonObject draft, JsonArray lines)
    {
        var rate = JsonFields.Number(draft["exchangeRate"]) ?? 100m;
        var zone = JsonFields.Number(JsonFields.Find(draft, "recipient.vatZone.vatZoneNumber"));
        var net = lines.Sum(line => JsonFields.Number(line?["totalNetAmount"]) ?? 0m);
        var vat = zone == 1 ? Math.Round(net * 0.25m, 2, MidpointRounding.AwayFromZero) : 0m;

        draft["netAmount"] = net;
        draft["netAmountInBaseCurrency"] = Math.Round(net * rate / 100m, 2);
        draft["grossAmount"] = net + vat;
        draft["grossAmountInBaseCurrency"] = Math.Round((net + vat) * rate / 100m, 2);
        draft["vatAmount"] = vat;
        draft["roundingAmount"] = 0.00m;
    }
}
