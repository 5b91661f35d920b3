using System.Text.Json.Nodes;
using Economic.StandIn.Journals;

namespace Economic.StandIn.Agreements;

/// <summary>
/// The documents of one agreement, keyed like e-conomic keys them. Not thread-safe on its own:
/// <see cref="StandInAgreement"/> guards every access with its lock, because JsonNode reads are not thread-safe either.
/// </summary>
internal sealed class AgreementData(JsonObject self)
{
    public JsonObject Self { get; set; } = self;

    public Dictionary<OrderStatus, SortedDictionary<int, JsonObject>> Orders { get; } = new()
    {
        [OrderStatus.Draft] = [],
        [OrderStatus.Sent] = [],
        [OrderStatus.Archived] = [],
    };

    public SortedDictionary<int, JsonObject> Customers { get; } = [];

    public SortedDictionary<string, JsonObject> Products { get; } = new(StringComparer.Ordinal);

    public Invoices.InvoiceData Invoices { get; } = new();
    public JournalBook Journals { get; } = JournalBook.CreateStandard();

    public int NextOrderNumber() =>
        Orders.Values.SelectMany(orders => orders.Keys).DefaultIfEmpty(0).Max() + 1;

    public int NextCustomerNumber() => Customers.Keys.DefaultIfEmpty(0).Max() + 1;
}
