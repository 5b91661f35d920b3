using System.Text.Json.Nodes;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StandIn;

public sealed class StandInAgreementFolderTests
{
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "Samples");

    [Fact]
    public async Task SentOrder_FromSampleFolder_EqualsRecordedDocument()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { AgreementFolder = SamplesFolder });
        using var client = StandInHttp.CreateClient(server);
        var recorded = File.ReadAllText(Path.Combine(SamplesFolder, "order-sent-single.json"))
            .Replace("https://restapi.e-conomic.com/", server.BaseUrl.ToString(), StringComparison.Ordinal);

        var served = await client.GetJsonAsync("orders/sent/35071");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(recorded), served), served.ToJsonString());
    }

    [Fact]
    public async Task SampleFolder_Loaded_ServesCollectionsAndSelf()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { AgreementFolder = SamplesFolder });
        using var client = StandInHttp.CreateClient(server);

        var self = await client.GetJsonAsync("self");
        var drafts = await client.GetJsonAsync("orders/drafts");
        var product = await client.GetJsonAsync("products/01CF8D2E-A6A6-4");
        var customers = await client.GetJsonAsync("customers?pagesize=1000");

        Assert.Equal(1118081, (int)self["agreementNumber"]!);
        Assert.Contains(drafts.Collection(), order => (int)order!["orderNumber"]! == 35070);
        Assert.All(drafts.Collection(), order => Assert.Empty(order!["lines"]!.AsArray()));
        Assert.Equal("fudge", (string?)product["name"]);
        Assert.NotEmpty(customers.Collection());
    }
}
