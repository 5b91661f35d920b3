using Economic.StandIn.Collections;

namespace Economic.StandIn.Journals;

/// <summary>The filterable and sortable properties of the bookkeeping collections.</summary>
internal static class JournalSchemas
{
    public static readonly CollectionSchema Journals = new(
        "journalNumber",
        Fields(("journalNumber", FieldType.Integer), ("name", FieldType.String)),
        Set("journalNumber", "name"));

    public static readonly CollectionSchema Accounts = new(
        "accountNumber",
        Fields(
            ("accountNumber", FieldType.Integer), ("accountType", FieldType.String), ("balance", FieldType.Number),
            ("barred", FieldType.Boolean), ("blockDirectEntries", FieldType.Boolean), ("debitCredit", FieldType.String),
            ("name", FieldType.String)),
        Set("accountNumber", "accountType", "balance", "name"));

    public static readonly CollectionSchema AccountingYears = new(
        "year",
        Fields(("year", FieldType.String), ("fromDate", FieldType.Date), ("toDate", FieldType.Date), ("closed", FieldType.Boolean)),
        Set("year", "fromDate", "toDate"));

    public static readonly CollectionSchema Vouchers = new(
        "voucherNumber",
        Fields(("voucherNumber", FieldType.Integer), ("accountingYear.year", FieldType.String)),
        Set("voucherNumber"));

    private static Dictionary<string, FieldType> Fields(params (string Name, FieldType Type)[] fields) =>
        fields.ToDictionary(field => field.Name, field => field.Type, StringComparer.Ordinal);

    private static HashSet<string> Set(params string[] names) => names.ToHashSet(StringComparer.Ordinal);
}
