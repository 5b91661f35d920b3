using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;

namespace Economic.StandIn.Invoices;

/// <summary>
/// Validates a <c>POST /invoices/drafts</c> body the way e-conomic does: required members, no
/// explicit nulls, ids of at least 1, dates, strict enum spelling, payment terms, existing and
/// unbarred customer and products, and at most 2 decimals on quantities and prices.
/// </summary>
/// <remarks>
/// NOTE: e-conomic's codes for a missing member, a null, an id below 1 and a barred customer were never
/// captured. Those errors use the general validation code E04300 with inferred wording.
/// </remarks>
internal static class DraftInvoiceValidator
{
    private const string General = "E04300";

    private static readonly HashSet<string> PaymentTermsTypes = new(StringComparer.Ordinal)
    {
        "net", "invoiceMonth", "paidInCash", "prepaid", "dueDate", "factoring", "invoiceWeekStartingSunday",
        "invoiceWeekStartingMonday", "creditcard", "avtaleGiro",
    };

    public static ValidationErrors Validate(JsonObject draft, AgreementData data)
    {
        var errors = new ValidationErrors();
        NullChecks.Report(draft, errors);
        Required(draft, errors);
        Identifiers(draft, errors);
        var date = DateOf(draft, "date", errors);
        PaymentTerms(draft, date, data, errors);
        Customer(draft, data, errors);
        DraftLineValidator.Validate(draft["lines"] as JsonArray ?? [], data, errors);

        return errors;
    }

    private static void Required(JsonObject draft, ValidationErrors errors)
    {
        foreach (var path in new[] { "date", "currency", "customer", "layout", "paymentTerms", "recipient", "recipient.name", "recipient.vatZone" })
        {
            if (JsonFields.Find(draft, path) is null)
            {
                errors.Add(path, General, $"Property {path} is required.");
            }
        }

        var currency = JsonFields.Text(draft["currency"]);
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            errors.Add("currency", "E06000", "currency does not exist.", JsonValue.Create(currency));
        }

        var vatZone = JsonFields.Number(JsonFields.Find(draft, "recipient.vatZone.vatZoneNumber"));
        if (vatZone is not null && vatZone is < 1 or > 4)
        {
            errors.Add("recipient.vatZone", "E06000", "vatZone does not exist.", JsonValue.Create(vatZone));
        }
    }

    private static void Identifiers(JsonObject draft, ValidationErrors errors)
    {
        foreach (var path in new[]
        {
            "customer.customerNumber", "layout.layoutNumber", "paymentTerms.paymentTermsNumber", "project.projectNumber",
            "deliveryLocation.deliveryLocationNumber", "references.salesPerson.employeeNumber",
            "references.vendorReference.employeeNumber", "references.customerContact.customerContactNumber",
        })
        {
            if (JsonFields.Find(draft, path) is { } value && JsonFields.Number(value) is < 1)
            {
                errors.Add(path, General, $"{path} must be 1 or greater.", value);
            }
        }
    }

    private static void PaymentTerms(JsonObject draft, DateOnly? date, AgreementData data, ValidationErrors errors)
    {
        var sentType = JsonFields.Text(JsonFields.Find(draft, "paymentTerms.paymentTermsType"));
        if (sentType is not null && !PaymentTermsTypes.Contains(sentType))
        {
            errors.Add("paymentTerms.paymentTermsType", General, $"'{sentType}' is not a valid payment terms type.", JsonValue.Create(sentType));
        }

        var number = JsonFields.Number(JsonFields.Find(draft, "paymentTerms.paymentTermsNumber"));
        var known = number is null ? null : KnownTerms.Find(data, (int)number.Value);
        var knownType = JsonFields.Text(known?["paymentTermsType"]);
        if (sentType is not null && knownType is not null && sentType != knownType)
        {
            errors.Add("paymentTerms", "E07180", "Payment terms type does not match the type on the payment terms specified.", JsonValue.Create(sentType));
        }

        var dueDate = DateOf(draft, "dueDate", errors);
        if (knownType == "dueDate" && dueDate is null && draft["dueDate"] is null)
        {
            errors.Add("dueDate", "E04042", "dueDate is required when the payment terms are of type dueDate.");
        }

        if (dueDate is { } due && date is { } invoiceDate && due < invoiceDate)
        {
            errors.Add("dueDate", "E04760", "dueDate may not be earlier than date.", JsonValue.Create(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    private static void Customer(JsonObject draft, AgreementData data, ValidationErrors errors)
    {
        if (JsonFields.Number(JsonFields.Find(draft, "customer.customerNumber")) is not { } number || number < 1)
        {
            return;
        }

        if (!data.Customers.TryGetValue((int)number, out var customer))
        {
            errors.Add("customer", "E06000", "customer does not exist.", JsonValue.Create(number));
        }
        else if (JsonFields.Boolean(customer["barred"]))
        {
            errors.Add("customer", General, $"Customer {number} is barred, so it cannot be invoiced.", JsonValue.Create(number));
        }
    }

    public static DateOnly? DateOf(JsonObject document, string property, ValidationErrors errors)
    {
        if (document[property] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetValue<string>();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year > 1900)
        {
            return date;
        }

        errors.Add(property, General, $"'{text}' is not a valid date for {property}.", JsonValue.Create(text));
        return null;
    }
}
