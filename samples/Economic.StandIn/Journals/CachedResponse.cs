namespace Economic.StandIn.Journals;

/// <summary>A created-voucher response kept for replay under its Idempotency-Key until <see cref="ExpiresAt"/>.</summary>
internal sealed record CachedResponse(string Body, DateTimeOffset ExpiresAt);
