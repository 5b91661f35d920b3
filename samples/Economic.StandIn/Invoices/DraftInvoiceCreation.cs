using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;

namespace Economic.StandIn.Invoices;

/// <summary>
/// Creates a draft invoice under the agreement's lock: replays the first response to a repeated
/// <c>Idempotency-Key</c> within an hour, validates, stores the draft and archives the sent order the
/// draft was upgraded from.
/// </summary>
internal static class DraftInvoiceCreation
{
    public static DraftInvoiceResponse Create(AgreementData data, JsonObject request, string? idempotencyKey, DateTimeOffset now)
    {
        var invoices = data.Invoices;
        if (idempotencyKey is not null
            && invoices.Replays.TryGetValue(idempotencyKey, out var replay)
            && now - replay.StoredAt < IdempotentResponse.Lifetime)
        {
            return new DraftInvoiceResponse(replay.StatusCode, replay.Body.DeepClone().AsObject(), FromCache: true);
        }

        invoices.ReceivedDraftRequests.Add(request.DeepClone().AsObject());
        var response = CreateNew(data, request, now);
        if (idempotencyKey is not null)
        {
            invoices.Replays[idempotencyKey] = new IdempotentResponse(response.StatusCode, response.Body.DeepClone().AsObject(), now);
        }

        return response;
    }

    private static DraftInvoiceResponse CreateNew(AgreementData data, JsonObject request, DateTimeOffset now)
    {
        var errors = DraftInvoiceValidator.Validate(request, data);
        if (errors.Count > 0)
        {
            return new DraftInvoiceResponse(StatusCodes.Status400BadRequest, errors.ToBody(now), FromCache: false);
        }

        var number = data.Invoices.NextDraftNumber();
        var draft = DraftInvoiceDocument.Create(request, number, data, now);
        data.Invoices.Drafts[number] = draft;
        ArchiveUpgradedOrder(data, draft, now);

        return new DraftInvoiceResponse(StatusCodes.Status201Created, draft.DeepClone().AsObject(), FromCache: false);
    }

    // e-conomic archives a sent order once a draft is created from its upgrade template. The stand-in
    // links the two through the templates it handed out: the newest one for the same customer whose
    // order has every product of the draft.
    private static void ArchiveUpgradedOrder(AgreementData data, JsonObject draft, DateTimeOffset now)
    {
        var customer = (int?)Collections.JsonFields.Number(Collections.JsonFields.Find(draft, "customer.customerNumber"));
        var products = (draft["lines"] as JsonArray ?? [])
            .Select(line => Collections.JsonFields.Text(line?["product"]?["productNumber"]))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var issued = data.Invoices.IssuedTemplates.LastOrDefault(template =>
            template.CustomerNumber == customer && products.Count > 0 && products.IsSubsetOf(template.ProductNumbers));
        if (issued is null || !data.Orders[OrderStatus.Sent].Remove(issued.OrderNumber, out var order))
        {
            return;
        }

        data.Invoices.IssuedTemplates.Remove(issued);
        ResourceStamps.Order(order, OrderStatus.Archived, issued.OrderNumber, now);
        data.Orders[OrderStatus.Archived][issued.OrderNumber] = order;
    }
}
