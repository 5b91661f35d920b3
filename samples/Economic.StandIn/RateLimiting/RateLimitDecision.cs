namespace Economic.StandIn.RateLimiting;

/// <summary>The outcome of charging a call: whether it may run, the tokens now used, and the wait when it may not.</summary>
internal sealed record RateLimitDecision(bool Allowed, int Used, TimeSpan RetryAfter);
