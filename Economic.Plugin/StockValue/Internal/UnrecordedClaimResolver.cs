using System.Net;
using Economic.Plugin.EconomicApi;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// Settles the claims of earlier runs that sent a voucher but never recorded the outcome, because
/// the call timed out or the process stopped. It looks in the journal for a voucher with the
/// claim's text marker. When one is found, the period counts as posted. When none is, the claim is
/// released, so the run posts the change again with the same Idempotency-Key. A settled posting gets its own
/// sync log entry, because the run that sent it stopped before it could write one.
/// </summary>
internal sealed class UnrecordedClaimResolver
{
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public UnrecordedClaimResolver(TimeProvider timeProvider, ILogger logger)
    {
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// A claim younger than this may belong to a run that is still sending, on this host or another.
    /// It is longer than the client's total timeout of one request with its retries.
    /// </summary>
    public static TimeSpan SendingGracePeriod { get; } = TimeSpan.FromMinutes(10);

    /// <summary>Settles every unrecorded claim; returns the key of a claim still within its grace period, or null.</summary>
    public async Task<string?> ResolveAsync(StockValueRun run, IStockValueLedger ledger, StockValueState state, CancellationToken cancellationToken)
    {
        var claims = await state.ListUnresolvedClaimsAsync(cancellationToken);
        foreach (var claim in claims)
        {
            if (_timeProvider.GetUtcNow() - claim.ClaimedAt < SendingGracePeriod)
            {
                return claim.PeriodKey;
            }

            await ResolveAsync(run, claim, ledger, state, cancellationToken);
        }

        return null;
    }

    private async Task ResolveAsync(StockValueRun run, PeriodClaim claim, IStockValueLedger ledger, StockValueState state, CancellationToken cancellationToken)
    {
        var vouchers = await ReadJournalAsync(ledger, claim.JournalNumber, cancellationToken);
        var ours = vouchers
            .Where(voucher => voucher.FinanceVouchers.Any(entry => entry.Text?.StartsWith(claim.TextMarker, StringComparison.Ordinal) == true))
            .ToList();
        var baseline = await state.GetBaselineAsync(cancellationToken);
        var baselineMoved = baseline?.PeriodKey == claim.PeriodKey && baseline.Value == claim.PreviousValue + claim.Change;
        // NOTE: a voucher that was created but never recorded, whose journal was booked before this
        // lookup and whose Idempotency-Key replay (one hour) has expired, cannot be found, so it is posted again.
        if (ours.Count == 0 && !baselineMoved)
        {
            StockValueLog.UnrecordedClaimReleased(_logger, run.Installation.InstallationId, claim.PeriodKey, claim.JournalNumber);
            await state.ReleaseClaimAsync(claim.PeriodKey, cancellationToken);
            return;
        }

        // The baseline moves only after e-conomic created the voucher, so a moved baseline proves it
        // exists even when it is no longer in the journal, because the journal was booked since.
        var posted = StockValuePostingRecorder.RecordedClaim(claim, ours, run.Target);
        await StockValuePostingRecorder.RecordAsync(state, posted, _timeProvider.GetUtcNow(), cancellationToken);
        StockValueLog.UnrecordedVoucherFound(
            _logger,
            run.Installation.InstallationId,
            claim.PeriodKey,
            claim.JournalNumber,
            posted.VoucherNumbers);
        var entry = StockValueLogEntries.Recovered(posted, _timeProvider.GetUtcNow());
        await run.Installation.SyncLog.WriteAsync(entry, cancellationToken);
    }

    // A journal removed since the claim contains no voucher, so the claim is settled by the baseline alone.
    private static async Task<IReadOnlyList<Voucher>> ReadJournalAsync(IStockValueLedger ledger, int journalNumber, CancellationToken cancellationToken)
    {
        try
        {
            return await ledger.GetJournalVouchersAsync(journalNumber, cancellationToken);
        }
        catch (EconomicApiException exception) when (exception.HttpStatus == HttpStatusCode.NotFound)
        {
            return [];
        }
    }
}
