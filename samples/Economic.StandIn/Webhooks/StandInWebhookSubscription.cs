namespace Economic.StandIn;

/// <summary>
/// A webhook an agreement sends, as an admin sets one up in e-conomic's settings. The merge fields
/// <c>[OLDNUMBER]</c> and <c>[NEWNUMBER]</c> are replaced in both the URL and the posted data.
/// </summary>
public sealed record StandInWebhookSubscription
{
    /// <summary>The merge field of the record's number before the change; empty for a created record.</summary>
    public const string OldNumberField = "[OLDNUMBER]";

    /// <summary>The merge field of the record's number after the change; empty for a deleted record.</summary>
    public const string NewNumberField = "[NEWNUMBER]";

    /// <summary>Which changes the webhook is sent for.</summary>
    public required StandInWebhookType Type { get; init; }

    /// <summary>The URL called; it must be a loopback address.</summary>
    public required string Url { get; init; }

    /// <summary>The form body posted as <c>application/x-www-form-urlencoded</c>.</summary>
    public string PostData { get; init; } = $"old={OldNumberField}&new={NewNumberField}";
}
