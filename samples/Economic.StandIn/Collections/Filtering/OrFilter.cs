using System.Text.Json.Nodes;

namespace Economic.StandIn.Collections.Filtering;

/// <summary>Two expressions joined by <c>$or:</c>.</summary>
internal sealed record OrFilter(FilterNode Left, FilterNode Right) : FilterNode
{
    public override bool Matches(JsonObject document) => Left.Matches(document) || Right.Matches(document);

    public override IEnumerable<FilterPredicate> Predicates() => Left.Predicates().Concat(Right.Predicates());
}
