using Economic.Plugin.Abstractions.Invoicing;

namespace SmartPack.SampleHost.Packing;

/// <summary>A packed event in the host's queue, with its delivery state.</summary>
/// <param name="InstallationId">The installation the event belongs to.</param>
/// <param name="Event">The event as the plugin receives it.</param>
/// <param name="Status">Its state in the queue.</param>
/// <param name="Attempts">How many times it was delivered.</param>
/// <param name="NextAttemptAt">When it is delivered next, for a queued event.</param>
/// <param name="LastMessage">The plugin's message after the last delivery.</param>
internal sealed record QueuedPackedEvent(
    string InstallationId,
    OrderPackedEvent Event,
    PackedEventStatus Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastMessage);
