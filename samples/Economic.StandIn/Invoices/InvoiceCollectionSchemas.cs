using Economic.StandIn.Collections;

namespace Economic.StandIn.Invoices;

/// <summary>The filterable properties of the invoice collections, as flagged in e-conomic's GET schemas.</summary>
internal static class InvoiceCollectionSchemas
{
    public static readonly CollectionSchema Drafts = Schema("draftInvoiceNumber", ("lastUpdated", FieldType.Date), ("soap.currentInvoiceHandle.id", FieldType.Integer));

    public static readonly CollectionSchema Booked = Schema("bookedInvoiceNumber", ("recipient.vatZone.vatZoneNumber", FieldType.Integer));

    private static CollectionSchema Schema(string key, params (string Name, FieldType Type)[] extra)
    {
        (string Name, FieldType Type)[] common =
        [
            (key, FieldType.Integer), ("date", FieldType.Date), ("currency", FieldType.String),
            ("exchangeRate", FieldType.Number), ("paymentTerms.paymentTermsNumber", FieldType.Integer),
            ("customer.customerNumber", FieldType.Integer), ("recipient.name", FieldType.String),
            ("recipient.address", FieldType.String), ("recipient.zip", FieldType.String),
            ("recipient.city", FieldType.String), ("recipient.country", FieldType.String),
            ("recipient.ean", FieldType.String), ("recipient.publicEntryNumber", FieldType.String),
            ("deliveryLocation.deliveryLocationNumber", FieldType.Integer), ("delivery.address", FieldType.String),
            ("delivery.zip", FieldType.String), ("delivery.city", FieldType.String),
            ("delivery.country", FieldType.String), ("delivery.deliveryTerms", FieldType.String),
            ("delivery.deliveryDate", FieldType.Date), ("notes.heading", FieldType.String),
            ("notes.textLine1", FieldType.String), ("notes.textLine2", FieldType.String),
            ("references.customerContact.customer.customerNumber", FieldType.Integer),
            ("references.salesPerson.employeeNumber", FieldType.Integer),
            ("references.vendorReference.employeeNumber", FieldType.Integer),
            ("references.other", FieldType.String),
        ];
        var fields = common.Concat(extra).ToDictionary(field => field.Name, field => field.Type, StringComparer.Ordinal);

        return new CollectionSchema(key, fields, common.Select(field => field.Name).ToHashSet(StringComparer.Ordinal));
    }
}
