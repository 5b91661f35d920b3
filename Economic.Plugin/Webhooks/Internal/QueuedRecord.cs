namespace Economic.Plugin.Webhooks.Internal;

/// <summary>A queue entry as read from the state store, with the exact text it was stored as.</summary>
/// <param name="Key">The state key of the entry.</param>
/// <param name="StoredValue">The stored text; the queue changes the entry only while it still equals this.</param>
/// <param name="Record">The entry.</param>
internal sealed record QueuedRecord(string Key, string StoredValue, PendingRecord Record);
