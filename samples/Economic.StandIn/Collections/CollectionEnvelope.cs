using System.Text.Json.Nodes;

namespace Economic.StandIn.Collections;

/// <summary>Builds the collection envelope: <c>collection</c>, <c>pagination</c>, <c>metaData</c> and <c>self</c>.</summary>
internal static class CollectionEnvelope
{
    public static JsonObject Create(
        IReadOnlyList<JsonObject> page, PageRequest paging, int results, int resultsWithoutFilter, CollectionLinks links)
    {
        return new JsonObject
        {
            ["collection"] = new JsonArray([.. page]),
            ["pagination"] = Pagination(paging, results, resultsWithoutFilter, links),
            ["metaData"] = new JsonObject(),
            ["self"] = links.Self,
        };
    }

    private static JsonObject Pagination(PageRequest paging, int results, int resultsWithoutFilter, CollectionLinks links)
    {
        var pagination = new JsonObject
        {
            ["maxPageSizeAllowed"] = PageRequest.MaxPageSize,
            ["skipPages"] = paging.SkipPages,
            ["pageSize"] = paging.PageSize,
            ["results"] = results,
            ["resultsWithoutFilter"] = resultsWithoutFilter,
        };
        if (results == 0)
        {
            pagination["firstPage"] = null;
            pagination["nextPage"] = null;
            pagination["lastPage"] = null;
            return pagination;
        }

        var lastPage = (results - 1) / paging.PageSize;
        pagination["firstPage"] = links.Page(0, paging.PageSize);
        if (paging.SkipPages < lastPage)
        {
            pagination["nextPage"] = links.Page(paging.SkipPages + 1, paging.PageSize);
        }

        pagination["lastPage"] = links.Page(lastPage, paging.PageSize);

        return pagination;
    }
}
