namespace Economic.StandIn;

/// <summary>The stand-in's log messages. None carries a token, header or body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "The e-conomic stand-in listens on {BaseUrl}")]
    public static partial void Listening(ILogger logger, Uri baseUrl);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Handling {Method} {Path} failed, so the stand-in returned 500")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Loaded {Orders} orders, {Customers} customers and {Products} products from {Folder}")]
    public static partial void FolderLoaded(ILogger logger, int orders, int customers, int products, string folder);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Skipped {File}: {Reason}")]
    public static partial void FileSkipped(ILogger logger, string file, string reason);
}
