using System.Web;
using Economic.StandIn;

namespace Economic.Plugin.Tests.Acceptance;

/// <summary>Reads the path and query values of the requests a stand-in recorded.</summary>
internal static class StandInRequests
{
    public static string PathOf(StandInRequest request) => request.PathAndQuery.Split('?')[0];

    public static string? QueryValue(StandInRequest request, string name)
    {
        var question = request.PathAndQuery.IndexOf('?', StringComparison.Ordinal);

        return question < 0 ? null : HttpUtility.ParseQueryString(request.PathAndQuery[question..])[name];
    }

    /// <summary>Returns whether the request lists a collection such as <c>/orders/sent</c>.</summary>
    public static bool IsList(StandInRequest request, string path) =>
        request.Method == "GET" && PathOf(request) == path;

    /// <summary>Returns whether the request reads one document under <paramref name="path"/>, such as <c>/orders/sent/17</c>.</summary>
    public static bool IsItemRead(StandInRequest request, string path) =>
        request.Method == "GET" && PathOf(request).StartsWith(path + "/", StringComparison.Ordinal);
}
