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

    internal StandInAgreement(int agreementNumber, JsonObject self, TimeProvider timeProvider, TokenBucket bucket)
    {
        AgreementNumber = agreementNumber;
        _data = new AgreementData(self);
        _timeProvider = timeProvider;
        Bucket = bucket;
    }

    /// <summary>The agreement number /self reports.</summary>
    public int AgreementNumber { get; }

    internal TokenBucket Bucket { get; }

    /// <summary>Stores a full order document (lines included) under its <c>orderNumber</c>, replacing any order with that number in <paramref name="status"/>.</summary>
    public void PutOrder(OrderStatus status, JsonObject order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var orderNumber = JsonNumbers.Required(order, "orderNumber");
        var copy = order.DeepClone().AsObject();

        Write(data =>
        {
            ResourceStamps.Order(copy, status, orderNumber, _timeProvider.GetUtcNow());
            data.Orders[status][orderNumber] = copy;
        });
    }

    /// <summary>Removes an order; returns false when <paramref name="status"/> contains no order with that number.</summary>
    public bool RemoveOrder(OrderStatus status, int orderNumber) =>
        Read(data => data.Orders[status].Remove(orderNumber));

    /// <summary>Moves an order from one list to another, as registering it as sent or upgrading it to an invoice does.</summary>
    public void MoveOrder(int orderNumber, OrderStatus from, OrderStatus to) => Write(data =>
    {
        if (!data.Orders[from].Remove(orderNumber, out var order))
        {
            throw new InvalidOperationException($"Order {orderNumber} is not in {from}; put it there before moving it.");
        }

        ResourceStamps.Order(order, to, orderNumber, _timeProvider.GetUtcNow());
        data.Orders[to][orderNumber] = order;
    });

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

        Write(data =>
        {
            ResourceStamps.Product(copy, productNumber, _timeProvider.GetUtcNow());
            data.Products[productNumber] = copy;
        });
    }

    /// <summary>Removes a product; returns false when there is none with that number.</summary>
    public bool RemoveProduct(string productNumber) => Read(data => data.Products.Remove(productNumber));

    /// <summary>Adds valid orders with lines, customers and products; numbers continue after the highest order number.</summary>
    public void AddGeneratedOrders(OrderStatus status, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        Write(data => new DemoDataGenerator(data, _timeProvider.GetUtcNow(), AgreementNumber + data.NextOrderNumber())
            .AddOrders(status, count));
    }

    /// <summary>Adds products with numbers continuing after the generated ones already present.</summary>
    public void AddGeneratedProducts(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        Write(data => new DemoDataGenerator(data, _timeProvider.GetUtcNow(), AgreementNumber + data.Products.Count)
            .AddProducts(count));
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

    private static List<JsonObject> Copies(IEnumerable<JsonObject> documents) =>
        documents.Select(document => document.DeepClone().AsObject()).ToList();
}
