namespace Economic.StandIn.Webhooks;

/// <summary>A webhook call waiting to be sent.</summary>
internal sealed record WebhookCall(StandInWebhooks Owner, StandInWebhookSubscription Subscription, string OldNumber, string NewNumber)
{
    public Uri Url => new(Merge(Subscription.Url));

    public string Body => Merge(Subscription.PostData);

    private string Merge(string template) => template
        .Replace(StandInWebhookSubscription.OldNumberField, Uri.EscapeDataString(OldNumber), StringComparison.Ordinal)
        .Replace(StandInWebhookSubscription.NewNumberField, Uri.EscapeDataString(NewNumber), StringComparison.Ordinal);
}
