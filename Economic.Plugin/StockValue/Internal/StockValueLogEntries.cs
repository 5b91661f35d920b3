using System.Globalization;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>Builds the one sync log entry that each stock value run writes.</summary>
internal static class StockValueLogEntries
{
    public static SyncLogEntry StartingValue(string periodKey, decimal value, DateTimeOffset time) =>
        new(SyncArea.StockValue, SyncStatus.Information,
            $"Recorded the starting stock value of {Money(value)}. Nothing was posted, because the books already hold the opening stock; later runs post the change from this value.")
        {
            Time = time,
            Reference = periodKey,
            CurrentValue = value,
        };

    public static SyncLogEntry Unchanged(string periodKey, decimal previous, decimal current, DateTimeOffset time) =>
        new(SyncArea.StockValue, SyncStatus.Success,
            $"The stock value is unchanged at {Money(current)} since the last posting, so no voucher was posted.")
        {
            Time = time,
            Reference = periodKey,
            PreviousValue = previous,
            CurrentValue = current,
            Difference = 0m,
        };

    public static SyncLogEntry Posted(PeriodClaim claim, decimal current, DateTimeOffset time) =>
        new(SyncArea.StockValue, SyncStatus.Success,
            $"Posted the stock value change of {Money(claim.Change)} for period {claim.PeriodKey} to journal {claim.JournalNumber} as voucher {string.Join(", ", claim.VoucherNumbers)}.")
        {
            Time = time,
            Reference = claim.PeriodKey,
            PreviousValue = claim.PreviousValue,
            CurrentValue = current,
            Difference = claim.Change,
            DocumentNumber = string.Join(", ", claim.VoucherNumbers),
        };

    public static SyncLogEntry Recovered(PeriodClaim claim, DateTimeOffset time) =>
        new(SyncArea.StockValue, SyncStatus.Success,
            $"Found voucher {Numbers(claim)} for period {claim.PeriodKey} in journal {claim.JournalNumber}, posted by an earlier run that stopped before it recorded the voucher. Recorded it; nothing was posted again.")
        {
            Time = time,
            Reference = claim.PeriodKey,
            PreviousValue = claim.PreviousValue,
            CurrentValue = claim.PreviousValue + claim.Change,
            Difference = claim.Change,
            DocumentNumber = Numbers(claim),
        };

    public static SyncLogEntry AlreadyPosted(PeriodClaim claim, decimal previous, decimal current, DateTimeOffset time) =>
        new(SyncArea.StockValue, SyncStatus.Information,
            $"Period {claim.PeriodKey} is already posted as voucher {Numbers(claim)}, and a period is posted only once. The change of {Money(current - previous)} since then is posted in the next period.")
        {
            Time = time,
            Reference = claim.PeriodKey,
            PreviousValue = previous,
            CurrentValue = current,
            Difference = 0m,
            DocumentNumber = Numbers(claim),
        };

    public static SyncLogEntry InProgress(string periodKey, DateTimeOffset time) =>
        new(SyncArea.StockValue, SyncStatus.Information,
            $"Period {periodKey} is being posted by another run, so this run posted nothing.")
        {
            Time = time,
            Reference = periodKey,
        };

    public static SyncLogEntry Failed(string periodKey, StockValueFailure failure, decimal? previous, decimal? current, DateTimeOffset time) =>
        new(SyncArea.StockValue, SyncStatus.Error, failure.Message)
        {
            Time = time,
            Reference = periodKey,
            PreviousValue = previous,
            CurrentValue = current,
            ErrorDetail = failure.Detail,
            ErrorCode = failure.ErrorCode,
            LogId = failure.LogId,
            HttpStatus = failure.HttpStatus,
        };

    /// <summary>Formats an amount with 2 decimals, such as "1,234.50".</summary>
    public static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private static string Numbers(PeriodClaim claim) =>
        claim.VoucherNumbers.Count == 0 ? "(number not recorded)" : string.Join(", ", claim.VoucherNumbers);
}
