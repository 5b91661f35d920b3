using System.Text.Json.Nodes;

namespace Economic.StandIn.Invoices;

/// <summary>
/// The invoices of one agreement, with the replay cache of idempotency keys and the upgrade templates
/// handed out. Guarded by the agreement's lock like the rest of <see cref="Agreements.AgreementData"/>.
/// </summary>
internal sealed class InvoiceData
{
    public SortedDictionary<int, JsonObject> Drafts { get; } = [];

    public SortedDictionary<int, JsonObject> Booked { get; } = [];

    /// <summary>The bodies of <c>POST /invoices/drafts</c> exactly as received, oldest first. Replays excluded.</summary>
    public List<JsonObject> ReceivedDraftRequests { get; } = [];

    public Dictionary<string, IdempotentResponse> Replays { get; } = new(StringComparer.Ordinal);

    public List<IssuedTemplate> IssuedTemplates { get; } = [];

    public int NextDraftNumber() => Drafts.Keys.DefaultIfEmpty(0).Max() + 1;
}
