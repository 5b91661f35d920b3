using System.Text.Json;
using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Journals;

/// <summary>
/// Handles <c>POST /journals/{journalNumber}/vouchers</c>: replays a response cached under the same
/// Idempotency-Key with <c>X-ResultFromCache: true</c>, validates, stores the voucher and returns 201
/// with an array of vouchers, as e-conomic does.
/// </summary>
internal static class VoucherPost
{
    public static async Task<IResult> HandleAsync(HttpContext context, int journalNumber, ErrorBodies errors, TimeProvider timeProvider)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        JsonObject? voucher;
        try
        {
            voucher = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            voucher = null;
        }

        if (voucher is null)
        {
            return errors.Create(StatusCodes.Status400BadRequest, "The request body is not a JSON object.", "Send one voucher as a JSON object.", "E04300");
        }

        var now = timeProvider.GetUtcNow();
        var baseUrl = Links.BaseUrlOf(context.Request);
        var agreement = context.Agreement();
        var outcome = agreement.Read(data => Post(data.Journals, journalNumber, voucher, key, now, errors));
        if (outcome.Error is not null)
        {
            return outcome.Error;
        }

        if (outcome.FromCache)
        {
            context.Response.Headers["X-ResultFromCache"] = "true";
        }

        return JsonResponse.Create(Links.Rebase(JsonNode.Parse(outcome.Body!)!, baseUrl), StatusCodes.Status201Created);
    }

    private static PostOutcome Post(JournalBook book, int journalNumber, JsonObject voucher, string key, DateTimeOffset now, ErrorBodies errors)
    {
        if (key.Length > 0 && book.IdempotentResponses.TryGetValue(key, out var cachedResponse) && cachedResponse.ExpiresAt > now)
        {
            return new PostOutcome(null, cachedResponse.Body, FromCache: true);
        }

        if (!book.Journals.TryGetValue(journalNumber, out var journal))
        {
            return new PostOutcome(errors.NotFound(), null, FromCache: false);
        }

        var problems = VoucherValidator.Validate(voucher, book, journal);
        if (problems.Count > 0)
        {
            var errorBody = VoucherErrorBody.Create(problems, now);
            return new PostOutcome(JsonResponse.Create(errorBody, StatusCodes.Status400BadRequest), null, FromCache: false);
        }

        var stored = StoredVoucher.Create(voucher, journalNumber, book.NextVoucherNumber(journalNumber));
        book.VouchersOf(journalNumber).Add(stored);
        var body = new JsonArray(stored.DeepClone()).ToJsonString();
        if (key.Length > 0)
        {
            book.IdempotentResponses[key] = new CachedResponse(body, now + JournalBook.IdempotencyWindow);
        }

        return new PostOutcome(null, body, FromCache: false);
    }

    /// <summary>An error response, or the created vouchers as JSON text.</summary>
    private sealed record PostOutcome(IResult? Error, string? Body, bool FromCache);
}
