namespace Economic.Plugin.Webhooks.Internal;

/// <summary>One authenticated webhook call: the event and the record's old and new number.</summary>
/// <param name="Event">The event type, from the URL path.</param>
/// <param name="OldNumber">e-conomic's [OLDNUMBER]: empty when the record was created.</param>
/// <param name="NewNumber">e-conomic's [NEWNUMBER]: empty when the record was deleted.</param>
internal sealed record WebhookCall(WebhookEvent Event, string OldNumber, string NewNumber)
{
    /// <summary>The record's current number: the new one, or the old one for a deletion.</summary>
    public string Number => NewNumber.Length > 0 ? NewNumber : OldNumber;

    /// <summary>True when the call reports the record as deleted, by its event or by an empty new number.</summary>
    public bool SignalsDeletion => Event.SignalsDeletion || NewNumber.Length == 0;

    /// <summary>The number the record had before, when the call renumbers it; otherwise null.</summary>
    public string? PreviousNumber => OldNumber.Length > 0 && NewNumber.Length > 0 && !string.Equals(OldNumber, NewNumber, StringComparison.Ordinal)
        ? OldNumber
        : null;
}
