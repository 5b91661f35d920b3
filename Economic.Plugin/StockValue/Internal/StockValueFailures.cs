using Economic.Plugin.EconomicApi;
using Polly.Timeout;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>Turns an exception from an e-conomic call into a <see cref="StockValueFailure"/>.</summary>
internal static class StockValueFailures
{
    /// <summary>
    /// Returns the failure for an exception, or null for an exception that is a defect and must not
    /// be caught. <paramref name="voucher"/> is set while posting: then a failure without a response
    /// from e-conomic leaves the outcome unknown.
    /// </summary>
    public static StockValueFailure? From(Exception exception, string periodKey, VoucherContext? voucher)
    {
        ArgumentNullException.ThrowIfNull(exception);

        return exception switch
        {
            StockValueFailureException known => known.Failure,
            EconomicApiException rejected when voucher is not null => VoucherErrorTranslator.Translate(
                (int)rejected.HttpStatus, rejected.EconomicMessage, rejected.ErrorCode, rejected.LogId, rejected.Errors, voucher),
            EconomicApiException rejected => ReadRejected(rejected, periodKey),
            HttpRequestException or TimeoutException or TimeoutRejectedException or TaskCanceledException => NoAnswer(exception, periodKey, voucher),
            _ => null,
        };
    }

    private static StockValueFailure ReadRejected(EconomicApiException exception, string periodKey) =>
        new($"Reading the journals, accounts or accounting years from e-conomic failed, so the stock value for period {periodKey} was not posted. {exception.Message}")
        {
            Detail = exception.EconomicMessage,
            ErrorCode = exception.ErrorCode,
            LogId = exception.LogId,
            HttpStatus = (int)exception.HttpStatus,
        };

    private static StockValueFailure NoAnswer(Exception exception, string periodKey, VoucherContext? voucher)
    {
        if (voucher is null)
        {
            return new StockValueFailure(
                $"Reading from e-conomic failed without a response ({exception.Message.TrimEnd('.')}), so the stock value for period {periodKey} was not posted. Check the connection, then press sync now.");
        }

        return new StockValueFailure(
            $"Sending the stock value voucher for period {periodKey} to journal {voucher.Target.JournalNumber} failed without a response from e-conomic ({exception.Message.TrimEnd('.')}). The voucher may exist: the next run looks for it in the journal before it posts again.")
        {
            OutcomeUnknown = true,
        };
    }
}
