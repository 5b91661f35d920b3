using System.Text.Json.Nodes;
using Economic.StandIn.Collections.Filtering;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Collections;

/// <summary>Runs a collection GET: paging, filter, sort and the envelope, or e-conomic's 400 for a bad parameter.</summary>
internal sealed class CollectionQuery(ErrorBodies errors)
{
    /// <summary>Selects the filter predicates that e-conomic advertises but fails on with a server error. The stand-in returns the same 500.</summary>
    public Func<FilterPredicate, bool> CrashesOn { get; init; } = _ => false;

    public IResult Run(
        HttpRequest request, IReadOnlyList<JsonObject> documents, CollectionSchema schema, Func<JsonObject, JsonObject> toItem)
    {
        var paging = PageRequest.TryRead(request.Query, out var badParameter, out var badValue);
        if (paging is null)
        {
            return errors.InvalidPaging(badParameter!, badValue!);
        }

        if (!SortOrder.TryRead(request.Query["sort"], schema, out var order, out var notSortable))
        {
            return errors.InvalidSort(notSortable!);
        }

        FilterNode? filter;
        try
        {
            var text = request.Query["filter"].ToString();
            filter = text.Length == 0 ? null : FilterParser.Parse(text, schema);
        }
        catch (FilterException exception)
        {
            return exception.NotAllowedProperty is { } property
                ? errors.FilterNotAllowed(property, schema.Filterable.Keys)
                : errors.InvalidFilter(exception.Message);
        }

        if (filter is not null && filter.Predicates().Any(CrashesOn))
        {
            return errors.InternalServerError();
        }

        var matching = documents.Where(document => filter?.Matches(document) ?? true).Order(order).ToList();
        var page = matching
            .Skip((int)Math.Min((long)paging.SkipPages * paging.PageSize, int.MaxValue))
            .Take(paging.PageSize)
            .Select(toItem)
            .ToList();
        var envelope = CollectionEnvelope.Create(page, paging, matching.Count, documents.Count, new CollectionLinks(request));

        return JsonResponse.Create(Links.Rebase(envelope, Links.BaseUrlOf(request)));
    }
}
