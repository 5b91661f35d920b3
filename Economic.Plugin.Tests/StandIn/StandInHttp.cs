using System.Net;
using System.Text.Json.Nodes;
using Economic.StandIn;

namespace Economic.Plugin.Tests.StandIn;

/// <summary>Calls a running stand-in the way an e-conomic client does: with both token headers and an escaped filter.</summary>
internal static class StandInHttp
{
    public const string AppSecret = "standin-app-secret";
    public const string DemoGrant = "standin-demo-grant";

    public static HttpClient CreateClient(StandInServer server, string grantToken = DemoGrant, string appSecret = AppSecret)
    {
        var client = new HttpClient { BaseAddress = server.BaseUrl };
        client.DefaultRequestHeaders.Add("X-AppSecretToken", appSecret);
        client.DefaultRequestHeaders.Add("X-AgreementGrantToken", grantToken);

        return client;
    }

    public static string Filter(string filter) => $"filter={Uri.EscapeDataString(filter)}";

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string pathAndQuery, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.RelativeOrAbsolute));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {pathAndQuery} answered {(int)response.StatusCode}: {body}");

        return JsonNode.Parse(body)!.AsObject();
    }

    public static JsonArray Collection(this JsonObject envelope) => envelope["collection"]!.AsArray();

    public static JsonObject Pagination(this JsonObject envelope) => envelope["pagination"]!.AsObject();
}
