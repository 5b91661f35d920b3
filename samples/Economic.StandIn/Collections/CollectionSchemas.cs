namespace Economic.StandIn.Collections;

/// <summary>The filterable and sortable properties of each collection, as flagged in e-conomic's GET schemas.</summary>
internal static class CollectionSchemas
{
    public static readonly CollectionSchema Customers = new(
        "customerNumber",
        Fields(
            ("address", FieldType.String), ("balance", FieldType.Number), ("barred", FieldType.Boolean),
            ("city", FieldType.String), ("corporateIdentificationNumber", FieldType.String),
            ("country", FieldType.String), ("creditLimit", FieldType.Number), ("currency", FieldType.String),
            ("customerNumber", FieldType.Integer), ("ean", FieldType.String), ("email", FieldType.String),
            ("lastUpdated", FieldType.Date), ("name", FieldType.String), ("publicEntryNumber", FieldType.String),
            ("telephoneAndFaxNumber", FieldType.String), ("mobilePhone", FieldType.String),
            ("vatNumber", FieldType.String), ("website", FieldType.String), ("zip", FieldType.String),
            ("customerGroup.customerGroupNumber", FieldType.Integer)),
        Set("address", "balance", "city", "corporateIdentificationNumber", "country", "creditLimit", "currency",
            "customerNumber", "ean", "email", "lastUpdated", "name", "publicEntryNumber", "telephoneAndFaxNumber",
            "mobilePhone", "vatNumber", "website", "zip"));

    public static readonly CollectionSchema Products = new(
        "productNumber",
        Fields(
            ("productNumber", FieldType.String), ("description", FieldType.String), ("name", FieldType.String),
            ("costPrice", FieldType.Number), ("recommendedPrice", FieldType.Number), ("salesPrice", FieldType.Number),
            ("barCode", FieldType.String), ("barred", FieldType.Boolean), ("lastUpdated", FieldType.Date),
            ("inventory.packageVolume", FieldType.Number), ("inventory.grossWeight", FieldType.Number),
            ("inventory.netWeight", FieldType.Number), ("inventory.recommendedCostPrice", FieldType.Number),
            ("unit.unitNumber", FieldType.Integer), ("productGroup.productGroupNumber", FieldType.Integer),
            ("departmentalDistribution.departmentalDistributionNumber", FieldType.Integer)),
        Set("productNumber", "description", "name", "costPrice", "recommendedPrice", "salesPrice", "barCode",
            "barred", "lastUpdated", "inventory.packageVolume", "inventory.grossWeight", "inventory.netWeight"));

    // The archived orders schema flags the same properties as drafts and sent, except lastUpdated.
    public static readonly CollectionSchema ArchivedOrders = Orders(withLastUpdated: false);

    public static readonly CollectionSchema OpenOrders = Orders(withLastUpdated: true);

    private static CollectionSchema Orders(bool withLastUpdated)
    {
        (string, FieldType)[] fields =
        [
            ("orderNumber", FieldType.Integer), ("date", FieldType.Date), ("currency", FieldType.String),
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
            ("references.other", FieldType.String), ("soap.orderHandle.id", FieldType.Integer),
        ];
        var filterable = withLastUpdated ? [.. fields, ("lastUpdated", FieldType.Date)] : fields;
        var sortable = fields.Select(field => field.Item1).ToHashSet(StringComparer.Ordinal);

        return new CollectionSchema("orderNumber", Fields(filterable), sortable);
    }

    private static Dictionary<string, FieldType> Fields(params (string Name, FieldType Type)[] fields) =>
        fields.ToDictionary(field => field.Name, field => field.Type, StringComparer.Ordinal);

    private static HashSet<string> Set(params string[] names) => names.ToHashSet(StringComparer.Ordinal);
}
