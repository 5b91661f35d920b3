using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.DemoData;
using Economic.StandIn.RateLimiting;

namespace Economic.StandIn;

/// <summary>
/// One e-conomic agreement (company) the stand-in serves, selected by its grant token. Every change
/// stamps <c>lastUpdated</c> from the server's TimeProvider. Safe to use while requests run.
/// </summary>
public sealed class StandInAgreement
{
    private readonly Lock _gate = new();
    private readonly AgreementData _data;
    private readonly TimeProvider _timeProvider;

    internal StandInAgreement(int agreementNumber, JsonObject self, TimeProvider timeProvider, TokenBucket bucket, StandInWebhooks webhooks)
    {
        AgreementNumber = agreementNumber;
        _data = new AgreementData(self);
        _timeProvider = timeProvider;
        Bucket = bucket;
        Webhooks = webhooks;
    }

    /// <summary>The agreement number /self reports.</summary>
    public int AgreementNumber { get; }

    /// <summary>The webhooks the agreement sends when its orders or products change.</summary>
    public StandInWebhooks Webhooks { get; }

    internal TokenBucket Bucket { get; }

    /// <summary>Stores a full order document (lines included) under its <c>orderNumber</c>, replacing any order with that number in <paramref name="status"/>.</summary>
    public void PutOrder(OrderStatus status, JsonObject order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var orderNumber = JsonNumbers.Required(order, "orderNumber");
        var copy = order.DeepClone().AsObject();

        var existed = false;
        Write(data =>
        {
            existed = data.Orders.Values.Any(orders => orders.ContainsKey(orderNumber));
            ResourceStamps.Order(copy, status, orderNumber, _timeProvider.GetUtcNow());
            data.Orders[status][orderNumber] = copy;
        });

        var number = Text(orderNumber);
        Webhooks.Raise(StandInWebhookType.OrderUpdated, existed ? number : string.Empty, number);
    }

    /// <summary>Removes an order; returns false when <paramref name="status"/> contains no order with that number.</summary>
    public bool RemoveOrder(OrderStatus status, int orderNumber)
    {
        if (!Read(data => data.Orders[status].Remove(orderNumber)))
        {
            return false;
        }

        // e-conomic reports a deletion with an empty new number, through both order webhook types.
        Webhooks.Raise(StandInWebhookType.OrderDeleted, Text(orderNumber), string.Empty);
        Webhooks.Raise(StandInWebhookType.OrderUpdated, Text(orderNumber), string.Empty);

        return true;
    }

    /// <summary>Moves an order from one list to another, as registering it as sent or upgrading it to an invoice does.</summary>
    public void MoveOrder(int orderNumber, OrderStatus from, OrderStatus to)
    {
        Write(data =>
        {
            if (!data.Orders[from].Remove(orderNumber, out var order))
            {
                throw new InvalidOperationException($"Order {orderNumber} is not in {from}; put it there before moving it.");
            }

            ResourceStamps.Order(order, to, orderNumber, _timeProvider.GetUtcNow());
            data.Orders[to][orderNumber] = order;
        });

        Webhooks.Raise(StandInWebhookType.OrderUpdated, Text(orderNumber), Text(orderNumber));
    }

    /// <summary>Stores a customer document under its <c>customerNumber</c>.</summary>
    public void PutCustomer(JsonObject customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var customerNumber = JsonNumbers.Required(customer, "customerNumber");
        var copy = customer.DeepClone().AsObject();

        Write(data =>
        {
            ResourceStamps.Customer(copy, customerNumber, _timeProvider.GetUtcNow());
            data.Customers[customerNumber] = copy;
        });
    }

    /// <summary>Stores a product document under its <c>productNumber</c> (a string, leading zeros kept).</summary>
    public void PutProduct(JsonObject product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var productNumber = product["productNumber"]?.GetValue<string>();
        ArgumentException.ThrowIfNullOrEmpty(productNumber, "product.productNumber");
        var copy = product.DeepClone().AsObject();

        var existed = false;
        Write(data =>
        {
            existed = data.Products.ContainsKey(productNumber);
            ResourceStamps.Product(copy, productNumber, _timeProvider.GetUtcNow());
            data.Products[productNumber] = copy;
        });

        Webhooks.Raise(StandInWebhookType.ProductUpdated, existed ? productNumber : string.Empty, productNumber);
    }

    /// <summary>Removes a product; returns false when there is none with that number.</summary>
    public bool RemoveProduct(string productNumber)
    {
        if (!Read(data => data.Products.Remove(productNumber)))
        {
            return false;
        }

        Webhooks.Raise(StandInWebhookType.ProductUpdated, productNumber, string.Empty);

        return true;
    }

    /// <summary>Adds valid orders with lines, customers and products; numbers continue after the highest order number.</summary>
    public void AddGeneratedOrders(OrderStatus status, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var before = Read(data => data.Orders[status].Keys.ToHashSet());
        Write(data => new DemoDataGenerator(data, _timeProvider.GetUtcNow(), AgreementNumber + data.NextOrderNumber())
            .AddOrders(status, count));

        foreach (var orderNumber in Read(data => data.Orders[status].Keys.Where(number => !before.Contains(number)).ToList()))
        {
            Webhooks.Raise(StandInWebhookType.OrderUpdated, string.Empty, Text(orderNumber));
        }
    }

    /// <summary>Adds products with numbers continuing after the generated ones already present.</summary>
    public void AddGeneratedProducts(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var before = Read(data => data.Products.Keys.ToHashSet(StringComparer.Ordinal));
        Write(data => new DemoDataGenerator(data, _timeProvider.GetUtcNow(), AgreementNumber + data.Products.Count)
            .AddProducts(count));

        foreach (var productNumber in Read(data => data.Products.Keys.Where(number => !before.Contains(number)).ToList()))
        {
            Webhooks.Raise(StandInWebhookType.ProductUpdated, string.Empty, productNumber);
        }
    }

    /// <summary>Stores <paramref name="product"/> under its new number in place of <paramref name="oldNumber"/>, and sends the renumbering webhook.</summary>
    internal void ReplaceProduct(string oldNumber, JsonObject product)
    {
        var newNumber = product["productNumber"]!.GetValue<string>();
        Write(data =>
        {
            data.Products.Remove(oldNumber);
            ResourceStamps.Product(product, newNumber, _timeProvider.GetUtcNow());
            data.Products[newNumber] = product;
        });

        Webhooks.Raise(StandInWebhookType.ProductUpdated, oldNumber, newNumber);
    }

    /// <summary>Stores <paramref name="order"/> under its new number in place of <paramref name="oldNumber"/>, and sends the renumbering webhook.</summary>
    internal void ReplaceOrder(OrderStatus status, int oldNumber, JsonObject order)
    {
        var newNumber = JsonNumbers.Required(order, "orderNumber");
        Write(data =>
        {
            data.Orders[status].Remove(oldNumber);
            ResourceStamps.Order(order, status, newNumber, _timeProvider.GetUtcNow());
            data.Orders[status][newNumber] = order;
        });

        Webhooks.Raise(StandInWebhookType.OrderUpdated, Text(oldNumber), Text(newNumber));
    }

    /// <summary>Copies of the orders in one list, ordered by order number.</summary>
    public IReadOnlyList<JsonObject> Orders(OrderStatus status) => Read(data => Copies(data.Orders[status].Values));

    /// <summary>Copies of the products, ordered by product number.</summary>
    public IReadOnlyList<JsonObject> Products() => Read(data => Copies(data.Products.Values));

    /// <summary>Copies of the customers, ordered by customer number.</summary>
    public IReadOnlyList<JsonObject> Customers() => Read(data => Copies(data.Customers.Values));

    internal T Read<T>(Func<AgreementData, T> reader)
    {
        lock (_gate)
        {
            return reader(_data);
        }
    }

    internal void Write(Action<AgreementData> writer)
    {
        lock (_gate)
        {
            writer(_data);
        }
    }

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<JsonObject> Copies(IEnumerable<JsonObject> documents) =>
        documents.Select(document => document.DeepClone().AsObject()).ToList();
}
