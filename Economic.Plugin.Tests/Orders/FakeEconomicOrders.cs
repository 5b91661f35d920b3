using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Economic.Plugin.Tests.EconomicApi;

namespace Economic.Plugin.Tests.Orders;

/// <summary>
/// Serves orders and customers from memory the way e-conomic does: collections without lines, paged with
/// skippages and pagesize, filterable on lastUpdated$gte:, single documents with lines, 404 bodies.
/// </summary>
internal sealed partial class FakeEconomicOrders
{
    private readonly Dictionary<string, SortedDictionary<int, JsonObject>> _orders = new(StringComparer.Ordinal)
    {
        ["drafts"] = [],
        ["sent"] = [],
        ["archived"] = [],
    };

    private readonly Dictionary<int, JsonObject> _customers = [];

    public FakeEconomicOrders(ScriptedEconomicServer server) => server.Fallback = Handle;

    /// <summary>When set, every response has this status.</summary>
    public int? FailEverythingWith { get; set; }

    public void PutOrder(string status, JsonObject order) => _orders[status][(int)order["orderNumber"]!] = order;

    public void PutCustomer(JsonObject customer) => _customers[(int)customer["customerNumber"]!] = customer;

    public static JsonObject Order(int orderNumber, int customerNumber, DateTimeOffset lastUpdated, string sku = "A100", decimal quantity = 1m) => new()
    {
        ["orderNumber"] = orderNumber,
        ["date"] = "2026-03-02",
        ["currency"] = "DKK",
        ["exchangeRate"] = 100.000000m,
        ["customer"] = new JsonObject { ["customerNumber"] = customerNumber },
        ["recipient"] = new JsonObject { ["name"] = $"Kunde {customerNumber}", ["address"] = "Vejlevej 21", ["zip"] = "7000", ["city"] = "Fredericia", ["country"] = "Danmark" },
        ["lines"] = new JsonArray(
            new JsonObject
            {
                ["lineNumber"] = 1,
                ["description"] = "Hylde 80 cm",
                ["unit"] = new JsonObject { ["unitNumber"] = 1, ["name"] = "stk." },
                ["product"] = new JsonObject { ["productNumber"] = sku },
                ["quantity"] = quantity,
                ["unitNetPrice"] = 150.00m,
                ["discountPercentage"] = 0.00m,
            }),
        ["lastUpdated"] = lastUpdated.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
    };

    public static JsonObject Customer(int customerNumber, string country = "Danmark") => new()
    {
        ["customerNumber"] = customerNumber,
        ["name"] = $"Kunde {customerNumber}",
        ["address"] = "Vejlevej 21",
        ["zip"] = "7000",
        ["city"] = "Fredericia",
        ["country"] = country,
        ["email"] = $"kunde{customerNumber}@example.dk",
        ["currency"] = "DKK",
    };

    private ScriptedResponse Handle(ScriptedRequest request)
    {
        if (FailEverythingWith is { } status)
        {
            return ScriptedResponse.Error(status);
        }

        var collection = CollectionPath().Match(request.Path);
        if (collection.Success)
        {
            return ReadCollection(collection.Groups["status"].Value, request);
        }

        var single = SinglePath().Match(request.Path);
        if (single.Success && _orders[single.Groups["status"].Value].TryGetValue(int.Parse(single.Groups["number"].Value, CultureInfo.InvariantCulture), out var order))
        {
            return new ScriptedResponse(200, order.ToJsonString());
        }

        var customer = CustomerPath().Match(request.Path);
        if (customer.Success && _customers.TryGetValue(int.Parse(customer.Groups["number"].Value, CultureInfo.InvariantCulture), out var document))
        {
            return new ScriptedResponse(200, document.ToJsonString());
        }

        return ScriptedResponse.NotFound();
    }

    private ScriptedResponse ReadCollection(string status, ScriptedRequest request)
    {
        var skipPages = int.Parse(request.Query["skippages"], CultureInfo.InvariantCulture);
        var pageSize = int.Parse(request.Query["pagesize"], CultureInfo.InvariantCulture);
        var items = _orders[status].Values.AsEnumerable();
        if (request.Query.TryGetValue("filter", out var filter))
        {
            var from = DateTimeOffset.Parse(filter["lastUpdated$gte:".Length..], CultureInfo.InvariantCulture);
            items = items.Where(order => DateTimeOffset.Parse((string)order["lastUpdated"]!, CultureInfo.InvariantCulture) >= from);
        }

        var matching = items.ToList();
        var page = matching.Skip(skipPages * pageSize).Take(pageSize).Select(WithoutLines).ToArray();
        var pagination = new JsonObject { ["maxPageSizeAllowed"] = 1000, ["skipPages"] = skipPages, ["pageSize"] = pageSize, ["results"] = matching.Count };
        if ((skipPages + 1) * pageSize < matching.Count)
        {
            pagination["nextPage"] = $"https://restapi.e-conomic.com/orders/{status}?skippages={skipPages + 1}&pagesize={pageSize}";
        }

        var body = new JsonObject { ["collection"] = new JsonArray(page), ["pagination"] = pagination };
        return new ScriptedResponse(200, body.ToJsonString());
    }

    private static JsonNode WithoutLines(JsonObject order)
    {
        var copy = order.DeepClone().AsObject();
        copy["lines"] = new JsonArray();
        return copy;
    }

    [GeneratedRegex("^/orders/(?<status>drafts|sent|archived)$")]
    private static partial Regex CollectionPath();

    [GeneratedRegex("^/orders/(?<status>drafts|sent|archived)/(?<number>[0-9]+)$")]
    private static partial Regex SinglePath();

    [GeneratedRegex("^/customers/(?<number>[0-9]+)$")]
    private static partial Regex CustomerPath();
}
