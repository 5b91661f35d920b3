using Microsoft.Extensions.Logging;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>Log messages of stock value posting; event ids 4000-4099.</summary>
internal static partial class StockValueLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Stock value for installation {InstallationId}: recorded the starting value {Value}; nothing posted")]
    public static partial void StartingValueRecorded(ILogger logger, string installationId, decimal value);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Stock value for installation {InstallationId}: unchanged at {Value}; nothing posted")]
    public static partial void Unchanged(ILogger logger, string installationId, decimal value);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Stock value for installation {InstallationId}: posted change {Change} for period {PeriodKey} to journal {JournalNumber} as voucher(s) {VoucherNumbers}")]
    public static partial void VoucherPosted(ILogger logger, string installationId, decimal change, string periodKey, int journalNumber, IReadOnlyList<string> voucherNumbers);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Stock value for installation {InstallationId}: period {PeriodKey} is already posted; skipped")]
    public static partial void AlreadyPosted(ILogger logger, string installationId, string periodKey);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Stock value for installation {InstallationId} failed for period {PeriodKey}: {Reason} (HTTP {HttpStatus}, code {ErrorCode}, log id {LogId})")]
    public static partial void RunFailed(ILogger logger, string installationId, string periodKey, string reason, int? httpStatus, string? errorCode, string? logId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Stock value for installation {InstallationId}: found voucher(s) {VoucherNumbers} for period {PeriodKey} in journal {JournalNumber} from an unrecorded earlier attempt")]
    public static partial void UnrecordedVoucherFound(ILogger logger, string installationId, string periodKey, int journalNumber, IReadOnlyList<string> voucherNumbers);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Stock value for installation {InstallationId}: no voucher for period {PeriodKey} found in journal {JournalNumber}; the claim is released and the change is posted again")]
    public static partial void UnrecordedClaimReleased(ILogger logger, string installationId, string periodKey, int journalNumber);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Stock value for installation {InstallationId}: period {PeriodKey} is being posted by another run; skipped")]
    public static partial void PostingInProgress(ILogger logger, string installationId, string periodKey);
}
