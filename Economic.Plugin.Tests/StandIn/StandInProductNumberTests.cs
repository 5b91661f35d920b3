using System.Net;
using System.Text.Json.Nodes;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StandIn;

public sealed class StandInProductNumberTests
{
    [Theory]
    [InlineData("00123", "00123")]
    [InlineData("HV 12/3_A.5", "HV_9_12_6_3_8_A_11_5")]
    [InlineData("My Awesome Product_Discount5%", "My_9_Awesome_9_Product_8_Discount5_3_")]
    [InlineData("ÆBLE+#?", "%C3%86BLE_13__12__10_")]
    public async Task Product_EscapedNumber_RoundTripsThroughSelfLink(string productNumber, string escaped)
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false });
        server.AddAgreement("grant-numbers", 9200006, "Numre ApS")
            .PutProduct(new JsonObject { ["productNumber"] = productNumber, ["name"] = "Vare" });
        using var client = StandInHttp.CreateClient(server, "grant-numbers");

        var listed = (await client.GetJsonAsync("products")).Collection().Single()!.AsObject();
        var self = (string)listed["self"]!;
        var fetched = await client.GetJsonAsync(self);

        Assert.Equal($"{server.BaseUrl}products/{escaped}", self);
        Assert.Equal(productNumber, (string?)fetched["productNumber"]);
    }

    [Fact]
    public async Task Product_LeadingZerosDiffer_AreDistinctProducts()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { SeedDemoAgreement = false });
        var agreement = server.AddAgreement("grant-zeros", 9200007, "Nuller ApS");
        agreement.PutProduct(new JsonObject { ["productNumber"] = "00123", ["name"] = "Med nuller" });
        agreement.PutProduct(new JsonObject { ["productNumber"] = "123", ["name"] = "Uden nuller" });
        using var client = StandInHttp.CreateClient(server, "grant-zeros");

        var padded = await client.GetJsonAsync("products/00123");
        var plain = await client.GetJsonAsync("products/123");
        var missing = await client.GetJsonAsync("products/0123", HttpStatusCode.NotFound);

        Assert.Equal("Med nuller", (string?)padded["name"]);
        Assert.Equal("Uden nuller", (string?)plain["name"]);
        Assert.Equal("Resource not found.", (string?)missing["message"]);
        Assert.Equal(404, (int)missing["httpStatusCode"]!);
    }
}
