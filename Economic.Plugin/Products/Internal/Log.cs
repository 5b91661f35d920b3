using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Products.Internal;

/// <summary>Log messages of the product sync (event ids 3000-3099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Product {Sku} of installation {InstallationId}: {Result}.")]
    public static partial void ProductApplied(ILogger logger, string sku, string installationId, ChangeResult result);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Product {ProductNumber} of installation {InstallationId} was not synced: {Reason}")]
    public static partial void ProductFailed(ILogger logger, string productNumber, string installationId, string reason);
}
