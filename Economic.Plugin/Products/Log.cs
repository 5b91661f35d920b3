using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Products;

/// <summary>Log messages of the product sync (event ids 3000-3099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Product {Sku} of installation {InstallationId}: {Result}.")]
    public static partial void ProductApplied(ILogger logger, string sku, string installationId, ChangeResult result);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Product {ProductNumber} of installation {InstallationId} was not synced: {Reason}")]
    public static partial void ProductFailed(ILogger logger, string productNumber, string installationId, string reason);

    // The level is chosen per run: an idle sync logs at Debug so the steady state stays quiet.
    [LoggerMessage(EventId = 3002, Message = "Product sync of installation {InstallationId} finished: {Inserted} inserted, {Updated} updated, {Skipped} unchanged, {Failed} failed, {ApiCalls} e-conomic requests.")]
    public static partial void SyncFinished(ILogger logger, LogLevel level, string installationId, int inserted, int updated, int skipped, int failed, int apiCalls);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Product sync of installation {InstallationId} stopped: {Reason}")]
    public static partial void SyncStopped(ILogger logger, string installationId, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Reading products for installation {InstallationId} failed; the next run reads them again: {Reason}")]
    public static partial void SyncFailed(ILogger logger, string installationId, string reason);
}
