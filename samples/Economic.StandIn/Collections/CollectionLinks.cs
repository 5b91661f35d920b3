namespace Economic.StandIn.Collections;

/// <summary>The absolute links of a collection request: its own URL and one per page, keeping filter and sort.</summary>
internal sealed class CollectionLinks(HttpRequest request)
{
    private readonly string _path = $"{Links.BaseUrlOf(request)}{request.Path.Value?.TrimStart('/')}";

    public string Self => _path + request.QueryString.Value;

    public string Page(int skipPages, int pageSize)
    {
        var link = $"{_path}?skippages={skipPages}&pagesize={pageSize}";
        foreach (var name in new[] { "filter", "sort" })
        {
            var value = request.Query[name].ToString();
            if (value.Length > 0)
            {
                link += $"&{name}={Uri.EscapeDataString(value)}";
            }
        }

        return link;
    }
}
