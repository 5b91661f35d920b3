using System.Text.Json.Nodes;
using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class EconomicPagingTests : IAsyncLifetime
{
    private const string NextPageLink = "https://restapi.e-conomic.com/customers?skippages=9&pagesize=1000";

    private ScriptedEconomicServer _server = null!;

    public async Task InitializeAsync() => _server = await ScriptedEconomicServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ReadAll_EmptyPage_Ends()
    {
        _server.Enqueue("GET", "/customers", Page([1, 2], NextPageLink), Page([3], NextPageLink), Page([], NextPageLink));

        var (numbers, calls) = await ReadCustomersAsync();

        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal(["0", "1", "2"], _server.Requests.Select(request => request.Query["skippages"]));
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task ReadAll_NullNextPage_Ends()
    {
        _server.Enqueue("GET", "/customers", Page([1, 2], NextPageLink), Page([3, 4], nextPage: null, writeNull: true), Page([5], NextPageLink));

        var (numbers, calls) = await ReadCustomersAsync();

        Assert.Equal([1, 2, 3, 4], numbers);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task ReadAll_MissingNextPage_Ends()
    {
        _server.Enqueue("GET", "/customers", Page([1], nextPage: null), Page([2], NextPageLink));

        var (numbers, calls) = await ReadCustomersAsync();

        Assert.Equal([1], numbers);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ReadAll_ResultsCountReached_Ends()
    {
        _server.Enqueue("GET", "/customers", Page([1, 2], NextPageLink, results: 3), Page([3], NextPageLink, results: 3), Page([4], NextPageLink));

        var (numbers, calls) = await ReadCustomersAsync();

        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task ReadAll_DuplicateItem_IsReturnedOnce()
    {
        _server.Enqueue("GET", "/customers", Page([1, 2], NextPageLink), Page([2, 3], nextPage: null));

        var (numbers, _) = await ReadCustomersAsync();

        Assert.Equal([1, 2, 3], numbers);
    }

    [Fact]
    public async Task ReadAll_Always_SendsPageSize1000()
    {
        _server.Enqueue("GET", "/customers", Page([1], NextPageLink), Page([2], nextPage: null));

        var (_, calls) = await ReadCustomersAsync();

        Assert.All(_server.Requests, request => Assert.Equal("1000", request.Query["pagesize"]));
        Assert.Equal(_server.Requests.Count, calls);
    }

    [Fact]
    public async Task ReadAll_LowerPageLimit_IsUsed()
    {
        var first = Page([1], NextPageLink);
        var body = JsonNode.Parse(first.Body!)!;
        body["pagination"]!["maxPageSizeAllowed"] = 500;
        _server.Enqueue("GET", "/customers", first with { Body = body.ToJsonString() }, Page([2], nextPage: null));

        await ReadCustomersAsync();

        Assert.Equal(["1000", "500"], _server.Requests.Select(request => request.Query["pagesize"]));
    }

    [Fact]
    public async Task Filter_WithPlusAndEscapes_ArrivesUnchanged()
    {
        _server.Enqueue("GET", "/customers", Page([], nextPage: null));
        var filter = new EconomicFilter().Equal("name", "A+B (Nord), 50% *").GreaterThanOrEqual("lastUpdated", new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();

        await session.Api<ICustomersApi>().GetCustomersAsync(0, 1000, filter.ToQueryValue(), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("name$eq:A+B $(Nord$)$, 50% $*$and:lastUpdated$gte:2026-03-01T09:00:00Z", request.Query["filter"]);
        Assert.Contains("%2B", request.RawQuery, StringComparison.Ordinal);
    }

    private async Task<(List<int> Numbers, int Calls)> ReadCustomersAsync()
    {
        using var plugin = new TestPlugin(_server.BaseUrl);
        using var session = plugin.CreateSession();
        var api = session.Api<ICustomersApi>();
        var numbers = new List<int>();
        var customers = session.ReadAllAsync(
            (skipPages, pageSize, token) => api.GetCustomersAsync(skipPages, pageSize, null, token),
            customer => customer.CustomerNumber,
            CancellationToken.None);
        await foreach (var customer in customers)
        {
            numbers.Add(customer.CustomerNumber);
        }

        return (numbers, session.CallCount);
    }

    private static ScriptedResponse Page(int[] customerNumbers, string? nextPage, int? results = null, bool writeNull = false)
    {
        var pagination = new JsonObject { ["maxPageSizeAllowed"] = 1000, ["pageSize"] = 1000 };
        if (results is not null)
        {
            pagination["results"] = results;
        }

        if (nextPage is not null || writeNull)
        {
            pagination["nextPage"] = nextPage;
        }

        var collection = new JsonArray(customerNumbers.Select(number => (JsonNode)new JsonObject { ["customerNumber"] = number, ["name"] = $"Customer {number}" }).ToArray());
        var body = new JsonObject { ["collection"] = collection, ["pagination"] = pagination, ["self"] = "https://restapi.e-conomic.com/customers" };

        return new ScriptedResponse(200, body.ToJsonString());
    }
}
