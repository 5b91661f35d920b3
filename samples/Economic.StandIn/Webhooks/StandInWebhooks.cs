using System.Collections.Concurrent;
using Economic.StandIn.Webhooks;

namespace Economic.StandIn;

/// <summary>
/// The webhooks of one agreement: the subscriptions, and every call sent. A change to the agreement's
/// data sends one call per matching subscription, in the background, as e-conomic does.
/// </summary>
public sealed class StandInWebhooks
{
    private readonly ConcurrentDictionary<int, StandInWebhookSubscription> _subscriptions = new();
    private readonly ConcurrentQueue<StandInWebhookDelivery> _deliveries = new();
    private readonly WebhookSender _sender;
    private int _nextId;

    internal StandInWebhooks(WebhookSender sender)
    {
        _sender = sender;
    }

    /// <summary>The subscriptions by id.</summary>
    public IReadOnlyDictionary<int, StandInWebhookSubscription> Subscriptions => _subscriptions;

    /// <summary>Every call sent so far, in the order they finished.</summary>
    public IReadOnlyList<StandInWebhookDelivery> Deliveries => [.. _deliveries];

    /// <summary>Adds a subscription and returns its id.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http(s) URL on a loopback address.</exception>
    public int Add(StandInWebhookSubscription subscription)
    {
        Validate(subscription);
        var id = Interlocked.Increment(ref _nextId);
        _subscriptions[id] = subscription;

        return id;
    }

    /// <summary>Replaces a subscription; returns false when there is none with that id.</summary>
    public bool Replace(int id, StandInWebhookSubscription subscription)
    {
        Validate(subscription);

        return _subscriptions.TryGetValue(id, out var current) && _subscriptions.TryUpdate(id, subscription, current);
    }

    /// <summary>Removes a subscription; returns false when there is none with that id.</summary>
    public bool Remove(int id) => _subscriptions.TryRemove(id, out _);

    /// <summary>Waits until every call raised so far has been sent and has a response or an error.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default) => _sender.WhenIdleAsync(cancellationToken);

    internal void Raise(StandInWebhookType type, string oldNumber, string newNumber)
    {
        foreach (var subscription in _subscriptions.Values.Where(subscription => subscription.Type == type))
        {
            _sender.Enqueue(new WebhookCall(this, subscription, oldNumber, newNumber));
        }
    }

    internal void Record(StandInWebhookDelivery delivery) => _deliveries.Enqueue(delivery);

    private static void Validate(StandInWebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);

        var probe = subscription.Url
            .Replace(StandInWebhookSubscription.OldNumberField, "1", StringComparison.Ordinal)
            .Replace(StandInWebhookSubscription.NewNumberField, "1", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || !url.IsLoopback)
        {
            throw new ArgumentException(
                $"The webhook URL '{subscription.Url}' is not an absolute http(s) URL on a loopback address; the stand-in calls loopback addresses only.",
                nameof(subscription));
        }
    }
}
