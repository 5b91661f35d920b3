using System.Text.Json;
using Refit;

namespace Economic.Plugin.Tests.EconomicApi;

/// <summary>A write endpoint for the retry tests of unsafe methods.</summary>
public interface ITestWriteApi
{
    [Post("/invoices/drafts")]
    Task<JsonElement> CreateDraftAsync([Body] object draft, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);
}
