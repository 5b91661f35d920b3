using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Log messages of invoice draft creation. Event ids 3000-3099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Invoice {Kind} {InvoiceNumber} recorded for order {OrderNumber}.")]
    public static partial void InvoiceRecorded(ILogger logger, string kind, int? invoiceNumber, string orderNumber);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Invoice draft for order {OrderNumber} will be retried in {RetryAfter}: {Reason}.")]
    public static partial void DraftRetrying(ILogger logger, string orderNumber, TimeSpan retryAfter, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Invoice draft for order {OrderNumber} failed: HTTP {HttpStatus}, code {ErrorCode}, log id {LogId}.")]
    public static partial void DraftFailed(ILogger logger, string orderNumber, int? httpStatus, string? errorCode, string? logId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Packed event for order {OrderNumber} skipped: {Reason}.")]
    public static partial void EventSkipped(ILogger logger, string orderNumber, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Order {OrderNumber} was packed without any product quantity; no invoice draft was created.")]
    public static partial void NothingPacked(ILogger logger, string orderNumber);
}
