using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Scheduling;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// Runs one stock value posting: compares the warehouse's stock value with the value at the last
/// posting and posts the difference as one voucher, at most once per period. Every run writes one
/// sync log entry.
/// </summary>
internal sealed class StockValuePoster
{
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<StockValuePoster> _logger;
    private readonly UnrecordedClaimResolver _resolver;

    public StockValuePoster(TimeProvider timeProvider, ILogger<StockValuePoster> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        _timeProvider = timeProvider;
        _logger = logger;
        _resolver = new UnrecordedClaimResolver(timeProvider, logger);
    }

    /// <summary>Runs the posting and writes its sync log entry.</summary>
    public async Task<ScheduledTaskResult> RunAsync(StockValueRun run, IStockValueLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(ledger);

        var state = new StockValueState(run.Installation.State);
        var valuation = await run.Installation.Warehouse.GetStockValuationAsync(cancellationToken);
        SyncLogEntry entry;
        try
        {
            entry = await PostChangeAsync(run, ledger, state, valuation.TotalValue, cancellationToken);
        }
        catch (Exception exception) when (StockValueFailures.From(exception, run.PeriodKey, null) is { } failure
            && !cancellationToken.IsCancellationRequested)
        {
            var baseline = await state.GetBaselineAsync(cancellationToken);
            StockValueLog.RunFailed(_logger, run.Installation.InstallationId, run.PeriodKey, failure.Message, failure.HttpStatus, failure.ErrorCode, failure.LogId);
            entry = StockValueLogEntries.Failed(run.PeriodKey, failure, baseline?.Value, valuation.TotalValue, _timeProvider.GetUtcNow());
        }

        await run.Installation.SyncLog.WriteAsync(entry, cancellationToken);

        return new ScheduledTaskResult(entry.Status != SyncStatus.Error, entry.Message);
    }

    private async Task<SyncLogEntry> PostChangeAsync(
        StockValueRun run,
        IStockValueLedger ledger,
        StockValueState state,
        decimal current,
        CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var sendingElsewhere = await _resolver.ResolveAsync(run, ledger, state, cancellationToken);
        if (sendingElsewhere is not null)
        {
            StockValueLog.PostingInProgress(_logger, run.Installation.InstallationId, sendingElsewhere);
            return StockValueLogEntries.InProgress(sendingElsewhere, now);
        }

        var baseline = await state.GetBaselineAsync(cancellationToken);
        if (baseline is null)
        {
            await state.TryAddBaselineAsync(new StockValueBaseline(current, now, null), cancellationToken);
            StockValueLog.StartingValueRecorded(_logger, run.Installation.InstallationId, current);
            return StockValueLogEntries.StartingValue(run.PeriodKey, current, now);
        }

        var change = StockValueVoucherBuilder.RoundAmount(current - baseline.Value);
        if (change == 0m)
        {
            StockValueLog.Unchanged(_logger, run.Installation.InstallationId, current);
            return StockValueLogEntries.Unchanged(run.PeriodKey, baseline.Value, current, now);
        }

        var existing = await state.GetClaimAsync(run.PeriodKey, cancellationToken);
        if (existing is not null)
        {
            StockValueLog.AlreadyPosted(_logger, run.Installation.InstallationId, run.PeriodKey);
            return StockValueLogEntries.AlreadyPosted(existing, baseline.Value, current, now);
        }

        return await PostVoucherAsync(run, ledger, state, baseline.Value, change, current, cancellationToken);
    }

    private async Task<SyncLogEntry> PostVoucherAsync(
        StockValueRun run,
        IStockValueLedger ledger,
        StockValueState state,
        decimal previous,
        decimal change,
        decimal current,
        CancellationToken cancellationToken)
    {
        var context = await StockValuePreflight.CheckAsync(run, ledger, cancellationToken);
        var draft = StockValueVoucherBuilder.Build(run.Target, context.AccountingYear, run.PostingDate, run.PeriodKey, previous, change);
        var claim = PeriodClaim.ForSending(run, previous, change, _timeProvider.GetUtcNow());
        if (!await state.TryClaimAsync(claim, cancellationToken))
        {
            StockValueLog.PostingInProgress(_logger, run.Installation.InstallationId, run.PeriodKey);
            return StockValueLogEntries.InProgress(run.PeriodKey, _timeProvider.GetUtcNow());
        }

        var vouchers = await SendAsync(run, ledger, state, claim, draft, context, cancellationToken);
        var posted = StockValuePostingRecorder.RecordedClaim(claim, vouchers, run.Target);
        await StockValuePostingRecorder.RecordAsync(state, posted, _timeProvider.GetUtcNow(), cancellationToken);
        StockValueLog.VoucherPosted(_logger, run.Installation.InstallationId, posted.Change, posted.PeriodKey, posted.JournalNumber, posted.VoucherNumbers);

        return StockValueLogEntries.Posted(posted, current, _timeProvider.GetUtcNow());
    }

    private static async Task<IReadOnlyList<Voucher>> SendAsync(
        StockValueRun run,
        IStockValueLedger ledger,
        StockValueState state,
        PeriodClaim claim,
        VoucherDraft draft,
        VoucherContext context,
        CancellationToken cancellationToken)
    {
        try
        {
            return await ledger.PostVoucherAsync(run.Target.JournalNumber, draft, claim.IdempotencyKey, cancellationToken);
        }
        catch (Exception exception) when (StockValueFailures.From(exception, run.PeriodKey, context) is { } failure
            && !cancellationToken.IsCancellationRequested)
        {
            // A rejected voucher was not created, so the period stays open for the next attempt.
            if (!failure.OutcomeUnknown)
            {
                await state.ReleaseClaimAsync(run.PeriodKey, cancellationToken);
            }

            throw new StockValueFailureException(failure);
        }
    }
}
