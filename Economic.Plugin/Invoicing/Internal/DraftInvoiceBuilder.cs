using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// Builds the body of <c>POST /invoices/drafts</c> from an order's upgrade template and a packed
/// event. The template supplies customer, terms, layout, VAT zone and prices, so the invoice matches
/// the order. Only members e-conomic accepts on a write are copied, and an id below 1 is left out
/// instead of being sent.
/// </summary>
internal static class DraftInvoiceBuilder
{
    private const string DueDateTermsType = "dueDate";
    private const int MaxReferenceLength = 250;

    /// <summary>Builds the draft for the packed quantities of <paramref name="packedEvent"/>.</summary>
    /// <param name="template">The order's upgrade template.</param>
    /// <param name="packedEvent">What the warehouse packed, and its reference for the order.</param>
    /// <param name="invoiceDate">The invoice date: the day the order was packed.</param>
    /// <param name="productNames">Finds a product's name for a product line without a description.</param>
    public static DraftBuild Build(
        DraftInvoice template,
        OrderPackedEvent packedEvent,
        DateOnly invoiceDate,
        Func<string, string?> productNames)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(packedEvent);
        ArgumentNullException.ThrowIfNull(productNames);

        var lines = DraftLinesBuilder.Build(template.Lines ?? [], packedEvent.Lines, productNames);
        var draft = new DraftInvoice
        {
            Date = invoiceDate,
            Currency = template.Currency,
            ExchangeRate = template.ExchangeRate,
            DueDate = DueDate(template, invoiceDate),
            PaymentTerms = Positive(template.PaymentTerms?.PaymentTermsNumber) is { } terms
                ? new PaymentTermsReference { PaymentTermsNumber = terms }
                : null,
            Customer = Positive(template.Customer?.CustomerNumber) is { } customer
                ? new CustomerReference { CustomerNumber = customer }
                : null,
            Recipient = Recipient(template.Recipient),
            DeliveryLocation = template.DeliveryLocation?.DeliveryLocationNumber > 0 ? template.DeliveryLocation : null,
            Delivery = template.Delivery,
            Notes = template.Notes,
            References = References(template.References, packedEvent.WarehouseReference),
            Layout = template.Layout?.LayoutNumber > 0 ? template.Layout : null,
            Project = template.Project?.ProjectNumber > 0 ? template.Project : null,
            Lines = lines.Lines,
        };

        return new DraftBuild(
            draft,
            lines.ProductLineCount,
            lines.UnmatchedPackedLines,
            MissingRequiredMembers(draft),
            EInvoiceChecks.Check(draft, packedEvent.OrderNumber),
            lines.OverPackedLines);
    }

    // e-conomic requires a due date for "dueDate" terms and computes it for every other type, so it is
    // sent only then. The template's span from date to due date is kept, starting from the invoice date.
    private static DateOnly? DueDate(DraftInvoice template, DateOnly invoiceDate)
    {
        if (!string.Equals(template.PaymentTerms?.PaymentTermsType, DueDateTermsType, StringComparison.Ordinal))
        {
            return null;
        }

        var days = template is { Date: { } orderDate, DueDate: { } orderDueDate }
            ? orderDueDate.DayNumber - orderDate.DayNumber
            : template.PaymentTerms?.DaysOfCredit ?? 0;

        return invoiceDate.AddDays(Math.Max(days, 0));
    }

    private static DraftRecipient? Recipient(DraftRecipient? recipient) =>
        recipient is null
            ? null
            : recipient with
            {
                Attention = recipient.Attention?.CustomerContactNumber > 0 ? recipient.Attention : null,
                VatZone = recipient.VatZone?.VatZoneNumber > 0 ? new VatZoneReference { VatZoneNumber = recipient.VatZone.VatZoneNumber } : null,
            };

    private static DraftReferences References(DraftReferences? references, string warehouseReference) =>
        new()
        {
            Other = warehouseReference.Length > MaxReferenceLength ? warehouseReference[..MaxReferenceLength] : warehouseReference,
            CustomerContact = references?.CustomerContact?.CustomerContactNumber > 0 ? references.CustomerContact : null,
            SalesPerson = references?.SalesPerson?.EmployeeNumber > 0 ? references.SalesPerson : null,
            VendorReference = references?.VendorReference?.EmployeeNumber > 0 ? references.VendorReference : null,
        };

    private static int? Positive(int? id) => id > 0 ? id : null;

    private static List<string> MissingRequiredMembers(DraftInvoice draft)
    {
        var missing = new List<string>();
        AddWhen(missing, string.IsNullOrWhiteSpace(draft.Currency), "currency");
        AddWhen(missing, draft.Customer is null, "customer");
        AddWhen(missing, draft.Layout is null, "layout");
        AddWhen(missing, draft.PaymentTerms is null, "paymentTerms");
        AddWhen(missing, string.IsNullOrWhiteSpace(draft.Recipient?.Name), "recipient.name");
        AddWhen(missing, draft.Recipient?.VatZone is null, "recipient.vatZone");

        return missing;
    }

    private static void AddWhen(List<string> missing, bool condition, string member)
    {
        if (condition)
        {
            missing.Add(member);
        }
    }
}
