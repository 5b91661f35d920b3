using System.Globalization;
using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Economic.Plugin.Invoicing;

/// <summary>
/// Creates exactly one invoice draft per packed order. The order is first claimed in the
/// installation's state store, so only one handler sends it. The draft is sent with a stable
/// idempotency key, so e-conomic replays its first response to a retry. A handler that takes over
/// after a crash or timeout first looks for the draft by the warehouse reference.
/// </summary>
internal sealed class InvoiceDraftWorkflow(
    TimeProvider timeProvider,
    IOptions<InvoicingOptions> options,
    ILogger<InvoiceDraftWorkflow> logger)
{
    /// <summary>The manifest setting that switches invoice drafts on.</summary>
    public const string SwitchSettingKey = "createInvoiceDraftWhenPacked";

    private static readonly TimeZoneInfo DanishTime = FindDanishTime();

    /// <summary>Handles one packed event with the given e-conomic client.</summary>
    public async Task<PackedEventOutcome> HandleAsync(
        InstallationContext installation,
        OrderPackedEvent packedEvent,
        IInvoicesApi api,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(packedEvent);
        ArgumentNullException.ThrowIfNull(api);

        if (SkipWhenSwitchedOff(installation, packedEvent) is { } skipped)
        {
            return skipped;
        }

        var report = new InvoiceDraftReport(installation.SyncLog, packedEvent, logger);
        if (!int.TryParse(packedEvent.OrderNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var orderNumber) || orderNumber < 1)
        {
            return await report.InvalidOrderNumberAsync(cancellationToken);
        }

        var ledger = new InvoiceDraftLedger(installation.State, timeProvider, options.Value);
        var claim = await ledger.ClaimAsync(installation.InstallationId, packedEvent.OrderNumber, packedEvent.IsAdminRetry, cancellationToken);
        switch (claim.Kind)
        {
            case InvoiceDraftClaimKind.AlreadyCreated:
                return report.AlreadyCreated(claim.Record);
            case InvoiceDraftClaimKind.AlreadyFailed:
                return report.AlreadyFailed(claim.Record);
            case InvoiceDraftClaimKind.Busy:
                return report.Busy(claim.RetryAfter ?? options.Value.RetryBaseDelay);
        }

        var attempt = new InvoiceDraftAttempt(api, installation, packedEvent, InvoiceDate(packedEvent.PackedAt));
        var result = await attempt.RunAsync(orderNumber, claim, cancellationToken);

        return await RecordAsync(ledger, claim, result, report, cancellationToken);
    }

    /// <summary>Returns the outcome for an installation that has invoice drafts switched off, or null when they are on.</summary>
    /// <exception cref="FormatException">The switch setting is not true or false.</exception>
    public PackedEventOutcome? SkipWhenSwitchedOff(InstallationContext installation, OrderPackedEvent packedEvent)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(packedEvent);

        return installation.Settings.GetBoolean(SwitchSettingKey, defaultValue: false)
            ? null
            : new InvoiceDraftReport(installation.SyncLog, packedEvent, logger).SwitchedOff();
    }

    private async Task<PackedEventOutcome> RecordAsync(
        InvoiceDraftLedger ledger,
        InvoiceDraftClaim claim,
        InvoiceDraftAttemptResult result,
        InvoiceDraftReport report,
        CancellationToken cancellationToken)
    {
        var orderNumber = report.OrderNumber;
        switch (result.Kind)
        {
            case InvoiceDraftAttemptKind.Created or InvoiceDraftAttemptKind.FoundDraft or InvoiceDraftAttemptKind.FoundBooked:
                await ledger.CompleteAsync(orderNumber, claim, result.InvoiceNumber ?? 0, result.Kind == InvoiceDraftAttemptKind.FoundBooked, cancellationToken);
                return await report.CreatedAsync(result, cancellationToken);
            case InvoiceDraftAttemptKind.NothingPacked:
                await ledger.ForgetAsync(orderNumber, claim, cancellationToken);
                return await report.NothingPackedAsync(result, cancellationToken);
            case InvoiceDraftAttemptKind.Failed when result.Failure is { IsTransient: true } transient:
                var message = report.TransientMessage(transient);
                await ledger.ReleaseAsync(orderNumber, claim, message, cancellationToken);
                return await report.RetryLaterAsync(transient, message, Backoff(claim.Record.Attempts), cancellationToken);
            default:
                var failure = report.PermanentFailure(result);
                await ledger.FailAsync(orderNumber, claim, failure.Message, cancellationToken);
                return await report.FailedAsync(failure, cancellationToken);
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 16));
        var delay = options.Value.RetryBaseDelay * factor;

        return delay < options.Value.MaxRetryDelay ? delay : options.Value.MaxRetryDelay;
    }

    // The invoice date is the day the order was packed, as a Danish bookkeeper reads the calendar.
    private static DateOnly InvoiceDate(DateTimeOffset packedAt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(packedAt, DanishTime).DateTime);

    private static TimeZoneInfo FindDanishTime() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Copenhagen", out var zone) ? zone : TimeZoneInfo.Utc;
}
