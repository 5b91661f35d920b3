using Microsoft.Extensions.Logging;

namespace Economic.Plugin.EconomicApi;

/// <summary>Log messages of the e-conomic client. Paths are logged without their query; tokens never.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "e-conomic request {Method} {Path} failed with {Outcome}; attempt {Attempt} is retried in {Delay}.")]
    public static partial void RequestRetrying(ILogger logger, string method, string path, string outcome, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error,
        Message = "e-conomic request {Method} {Path} failed with HTTP {Status}, error code {ErrorCode}, log id {LogId}.")]
    public static partial void RequestFailed(ILogger logger, int status, string method, string path, string? errorCode, string? logId);

    // Callers decide what a 404 means (a deleted record, a record not readable yet, another collection to try)
    // and log it themselves when it is a fault.
    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug,
        Message = "e-conomic request {Method} {Path} found nothing (HTTP 404), log id {LogId}.")]
    public static partial void RequestNotFound(ILogger logger, string method, string path, string? logId);
}
