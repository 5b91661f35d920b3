using System.Text.Json.Nodes;

namespace Economic.StandIn.Invoices;

/// <summary>The response to <c>POST /invoices/drafts</c>, with canonical links.</summary>
/// <param name="StatusCode">201 with the draft, or 400 with e-conomic's validation body.</param>
/// <param name="Body">The response body.</param>
/// <param name="FromCache">True when the body is the replay of an earlier request with the same idempotency key.</param>
internal sealed record DraftInvoiceResponse(int StatusCode, JsonObject Body, bool FromCache);
