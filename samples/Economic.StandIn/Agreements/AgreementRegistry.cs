using System.Collections.Concurrent;
using Economic.StandIn.RateLimiting;
using Economic.StandIn.Webhooks;

namespace Economic.StandIn.Agreements;

/// <summary>The agreements the stand-in serves, by grant token, and the bucket charged for calls that name none.</summary>
internal sealed class AgreementRegistry(StandInOptions options, WebhookSender webhookSender)
{
    private readonly ConcurrentDictionary<string, StandInAgreement> _byGrantToken = new(StringComparer.Ordinal);

    public TokenBucket AnonymousBucket { get; } = NewBucket(options);

    public StandInAgreement Add(string grantToken, StandInAgreement agreement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grantToken);

        if (!_byGrantToken.TryAdd(grantToken, agreement))
        {
            throw new InvalidOperationException(
                $"An agreement with that grant token is already registered (agreement {_byGrantToken[grantToken].AgreementNumber}); use another grant token.");
        }

        return agreement;
    }

    public StandInAgreement? Find(string? grantToken) =>
        grantToken is not null && _byGrantToken.TryGetValue(grantToken, out var agreement) ? agreement : null;

    public StandInAgreement Create(int agreementNumber, string companyName) =>
        new(agreementNumber, SelfDocument.Create(agreementNumber, companyName), options.TimeProvider, NewBucket(options), new StandInWebhooks(webhookSender));

    private static TokenBucket NewBucket(StandInOptions options) =>
        new(options.RateLimitTokens, options.RateLimitWindow, options.TimeProvider);
}
