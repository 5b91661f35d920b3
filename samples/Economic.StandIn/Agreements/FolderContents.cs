using System.Text.Json.Nodes;

namespace Economic.StandIn.Agreements;

/// <summary>The documents read from an agreement folder, classified by their content.</summary>
internal sealed class FolderContents
{
    public JsonObject? Self { get; set; }

    public List<(OrderStatus Status, int OrderNumber, JsonObject Order)> Orders { get; } = [];

    public List<(int CustomerNumber, JsonObject Customer)> Customers { get; } = [];

    public List<(string ProductNumber, JsonObject Product)> Products { get; } = [];

    public int AgreementNumber(int fallback) =>
        Self is not null && Collections.JsonFields.Number(Self["agreementNumber"]) is { } number ? (int)number : fallback;

    public void CopyTo(AgreementData data)
    {
        if (Self is not null)
        {
            data.Self = Self;
        }

        foreach (var (status, orderNumber, order) in Orders)
        {
            // A single order document contains its lines, but a collection item of the same order does not.
            // So a collection item never replaces a single document.
            var orders = data.Orders[status];
            if (!orders.TryGetValue(orderNumber, out var existing) || LineCount(existing) <= LineCount(order))
            {
                orders[orderNumber] = order;
            }
        }

        foreach (var (customerNumber, customer) in Customers)
        {
            data.Customers[customerNumber] = customer;
        }

        foreach (var (productNumber, product) in Products)
        {
            data.Products[productNumber] = product;
        }
    }

    private static int LineCount(JsonObject order) => order["lines"] is JsonArray lines ? lines.Count : 0;
}
