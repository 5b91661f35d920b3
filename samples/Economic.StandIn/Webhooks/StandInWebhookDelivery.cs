namespace Economic.StandIn;

/// <summary>One webhook call the stand-in sent.</summary>
/// <param name="Type">The webhook type.</param>
/// <param name="OldNumber">The record's number before the change; empty for a created record.</param>
/// <param name="NewNumber">The record's number after the change; empty for a deleted record.</param>
/// <param name="StatusCode">The status code the receiver returned, or null when the call failed.</param>
/// <param name="Error">Why the call failed, or null.</param>
public sealed record StandInWebhookDelivery(StandInWebhookType Type, string OldNumber, string NewNumber, int? StatusCode, string? Error);
