using System.Text.Json.Nodes;

namespace Economic.StandIn.Collections.Filtering;

/// <summary>A parsed <c>filter=</c> expression.</summary>
internal abstract record FilterNode
{
    public abstract bool Matches(JsonObject document);

    public abstract IEnumerable<FilterPredicate> Predicates();
}
