using Economic.StandIn.Agreements;

namespace Economic.StandIn.DemoData;

/// <summary>
/// Adds generated customers, products and orders to an agreement, deterministically from a seed.
/// Orders only reference customers and products that exist; missing ones are generated first.
/// </summary>
internal sealed class DemoDataGenerator(AgreementData data, DateTimeOffset now, int seed, bool spreadTimestamps = false)
{
    private static readonly TimeSpan Spread = TimeSpan.FromDays(90);

    private readonly Random _random = new(seed);

    public int FirstOrderNumber { get; init; } = 1;

    public void AddCustomers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var customerNumber = data.NextCustomerNumber();
            var customer = CustomerFactory.Create(_random, customerNumber);
            ResourceStamps.Customer(customer, customerNumber, Stamp());
            data.Customers[customerNumber] = customer;
        }
    }

    public void AddProducts(int count)
    {
        var index = data.Products.Count;
        for (var i = 0; i < count; i++)
        {
            while (data.Products.ContainsKey(ProductFactory.NumberFor(index)))
            {
                index++;
            }

            var productNumber = ProductFactory.NumberFor(index);
            var product = ProductFactory.Create(_random, index, productNumber);
            ResourceStamps.Product(product, productNumber, Stamp());
            data.Products[productNumber] = product;
        }
    }

    public void AddOrders(OrderStatus status, int count)
    {
        if (data.Customers.Count == 0)
        {
            AddCustomers(10);
        }

        if (data.Products.Count == 0)
        {
            AddProducts(20);
        }

        var customers = data.Customers.Values.ToList();
        var products = data.Products.Values.ToList();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < count; i++)
        {
            var orderNumber = Math.Max(FirstOrderNumber, data.NextOrderNumber());
            var date = today.AddDays(-_random.Next(0, status == OrderStatus.Draft ? 7 : 120));
            var order = OrderFactory.Create(_random, orderNumber, _random.Pick(customers), products, date);
            ResourceStamps.Order(order, status, orderNumber, StampAfter(date));
            data.Orders[status][orderNumber] = order;
        }
    }

    // An order changes on or after its date, never before it.
    private DateTimeOffset StampAfter(DateOnly date)
    {
        var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return spreadTimestamps && start < now ? start + ((now - start) * _random.NextDouble()) : now;
    }

    private DateTimeOffset Stamp() =>
        spreadTimestamps ? now - TimeSpan.FromSeconds(_random.NextDouble() * Spread.TotalSeconds) : now;
}
