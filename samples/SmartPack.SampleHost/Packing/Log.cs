using Economic.Plugin.Abstractions.Invoicing;

namespace SmartPack.SampleHost.Packing;

/// <summary>Log messages of packed-event delivery. Event ids 4100-4199.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Order {OrderNumber} of installation {InstallationId} marked packed; event {EventId} queued.")]
    public static partial void Queued(ILogger logger, string orderNumber, string installationId, string eventId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Packed event {EventId} of order {OrderNumber} (installation {InstallationId}) delivered: {Disposition}.")]
    public static partial void Delivered(ILogger logger, string eventId, string orderNumber, string installationId, PackedEventDisposition disposition);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Packed event {EventId} of order {OrderNumber} (installation {InstallationId}) failed in the plugin; it is retried.")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string eventId, string orderNumber, string installationId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Delivering packed events failed; the worker tries again at the next poll.")]
    public static partial void DispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Admin retry of order {OrderNumber} (installation {InstallationId}) queued {Count} failed events again.")]
    public static partial void RetryQueued(ILogger logger, string orderNumber, string installationId, int count);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Packing order {OrderNumber} (installation {InstallationId}) was rejected and nothing was queued: {Reason}")]
    public static partial void PackingRejected(ILogger logger, string orderNumber, string installationId, string reason);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "The packed request body for order {OrderNumber} (installation {InstallationId}) is invalid; a problem response was returned.")]
    public static partial void BodyRejected(ILogger logger, string orderNumber, string installationId);
}
