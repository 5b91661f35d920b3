namespace SmartPack.SampleHost.Packing;

/// <summary>The result of marking an order packed.</summary>
/// <param name="EventId">The queued event's id. Null when nothing was queued.</param>
/// <param name="Error">Why nothing was queued, as a sentence for the caller. Null on success.</param>
/// <param name="IsNotFound">True when the installation or the order does not exist.</param>
/// <param name="IsConflict">True when the order's status does not allow packing, such as an order already shipped.</param>
internal sealed record MarkPackedResult(string? EventId, string? Error, bool IsNotFound = false, bool IsConflict = false);
