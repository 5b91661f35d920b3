using System.Net;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StandIn;

public sealed class StandInAuthenticationTests
{
    [Fact]
    public async Task Self_WrongGrantToken_Returns401WithoutToken()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server, grantToken: "revoked-grant-4711");

        using var response = await client.GetAsync(new Uri("self", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        Assert.All(["message", "errorCode", "developerHint", "logId", "httpStatusCode", "logTime"], key => Assert.True(error.ContainsKey(key), key));
        Assert.Equal(401, (int)error["httpStatusCode"]!);
        Assert.DoesNotContain("revoked-grant-4711", body, StringComparison.Ordinal);
        Assert.DoesNotContain(StandInHttp.AppSecret, body, StringComparison.Ordinal);
        Assert.Null(Assert.Single(server.Requests).AgreementNumber);
    }

    [Fact]
    public async Task Self_WrongAppSecret_Returns401()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server, appSecret: "someone-elses-secret");

        var error = await client.GetJsonAsync("self", HttpStatusCode.Unauthorized);

        Assert.Equal(401, (int)error["httpStatusCode"]!);
    }

    [Fact]
    public async Task Self_DemoTokens_ReturnsDemoAgreement()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);

        var self = await client.GetJsonAsync("self");

        Assert.Equal("Nordlys Lager ApS", (string?)self["company"]!["name"]);
        Assert.Equal("DKK", (string?)self["settings"]!["baseCurrency"]);
        Assert.Contains(self["modules"]!.AsArray(), module => (string?)module!["name"] == "Lager");
        Assert.Equal($"{server.BaseUrl}self", (string?)self["self"]);
        var request = Assert.Single(server.Requests);
        Assert.Equal((int)self["agreementNumber"]!, request.AgreementNumber);
        Assert.Equal("/self", request.PathAndQuery);
    }

    [Fact]
    public async Task Post_FormBody_Returns415()
    {
        await using var server = await StandInServer.StartAsync();
        using var client = StandInHttp.CreateClient(server);
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("old", "1")]);

        using var response = await client.PostAsync(new Uri("orders/drafts", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("\"httpStatusCode\":415", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
