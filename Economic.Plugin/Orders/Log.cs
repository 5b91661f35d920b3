using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Orders;

/// <summary>Log messages of the order import.</summary>
internal static partial class Log
{
    // The level is chosen per run: an idle poll logs at Debug so the steady state stays quiet.
    [LoggerMessage(EventId = 2001,
        Message = "Order import for installation {InstallationId} finished: {Inserted} inserted, {Updated} updated, {Skipped} skipped, {Failed} failed, {ApiCalls} e-conomic requests.")]
    public static partial void RunFinished(ILogger logger, LogLevel level, string installationId, int inserted, int updated, int skipped, int failed, int apiCalls);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error,
        Message = "Order import for installation {InstallationId} stopped: {Reason}")]
    public static partial void RunStopped(ILogger logger, string installationId, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error,
        Message = "Order {OrderNumber} of installation {InstallationId} was not imported: {Reason}")]
    public static partial void OrderFailed(ILogger logger, string orderNumber, string installationId, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "Order {OrderNumber} of installation {InstallationId} changed in e-conomic, but warehouse work has started, so the change was not applied.")]
    public static partial void OrderConflict(ILogger logger, string orderNumber, string installationId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error,
        Message = "Reading the {Collection} orders of installation {InstallationId} failed: {Reason}")]
    public static partial void CollectionFailed(ILogger logger, string collection, string installationId, string reason);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug,
        Message = "Order {OrderNumber} of installation {InstallationId}: {Result}.")]
    public static partial void OrderApplied(ILogger logger, string orderNumber, string installationId, ChangeResult result);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning,
        Message = "The order import checkpoint {Key} of installation {InstallationId} is unreadable ({Reason}), so the collection is read in full.")]
    public static partial void CheckpointUnreadable(ILogger logger, string key, string installationId, string reason);
}
