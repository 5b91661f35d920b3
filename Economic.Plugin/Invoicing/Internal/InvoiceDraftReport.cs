using System.Globalization;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Invoicing;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// Turns the outcome of a packed event into the host's disposition, a sync log entry for the admin
/// and a log line. Messages name the order, and failures carry e-conomic's message, code and log id.
/// </summary>
internal sealed class InvoiceDraftReport(ISyncLog syncLog, OrderPackedEvent packedEvent, ILogger logger)
{
    public string OrderNumber => packedEvent.OrderNumber;

    public PackedEventOutcome SwitchedOff()
    {
        Log.EventSkipped(logger, OrderNumber, "invoice drafts are switched off");
        return Outcome(
            PackedEventDisposition.Completed,
            $"Invoice drafts are switched off, so none was created for order {OrderNumber}.");
    }

    public Task<PackedEventOutcome> InvalidOrderNumberAsync(CancellationToken cancellationToken) =>
        FailedAsync(
            Entry(SyncStatus.Error, $"No invoice draft was created for order '{OrderNumber}' because it is not an e-conomic order number (a whole number from 1). Check the order in the warehouse."),
            cancellationToken);

    public PackedEventOutcome AlreadyCreated(InvoiceDraftRecord record)
    {
        Log.EventSkipped(logger, OrderNumber, "the invoice was created earlier");
        var message = record.BookedInvoiceNumber is { } booked
            ? $"Order {OrderNumber} was already invoiced in booked invoice {Number(booked)}; nothing was sent."
            : $"Invoice draft {Number(record.DraftInvoiceNumber)} was already created for order {OrderNumber}; nothing was sent.";

        return Outcome(PackedEventDisposition.Completed, message);
    }

    public PackedEventOutcome AlreadyFailed(InvoiceDraftRecord record) =>
        Outcome(
            PackedEventDisposition.Failed,
            record.LastError ?? $"The invoice draft for order {OrderNumber} failed earlier. Retry it from the admin page.");

    public PackedEventOutcome Busy(TimeSpan retryAfter)
    {
        Log.EventSkipped(logger, OrderNumber, "another handler is creating the invoice draft");
        return Outcome(
            PackedEventDisposition.RetryLater,
            $"Another handler is creating the invoice draft for order {OrderNumber}; the event is checked again later.") with { RetryAfter = retryAfter };
    }

    public async Task<PackedEventOutcome> CreatedAsync(InvoiceDraftAttemptResult result, CancellationToken cancellationToken)
    {
        var number = Number(result.InvoiceNumber);
        var message = result.Kind switch
        {
            InvoiceDraftAttemptKind.FoundDraft => $"Invoice draft {number} for order {OrderNumber} already existed in e-conomic with reference {packedEvent.WarehouseReference}; no second draft was created.",
            InvoiceDraftAttemptKind.FoundBooked => $"Order {OrderNumber} is already invoiced in e-conomic as booked invoice {number} with reference {packedEvent.WarehouseReference}; no draft was created.",
            _ => $"Invoice draft {number} was created in e-conomic for order {OrderNumber} with reference {packedEvent.WarehouseReference}.",
        };
        Log.InvoiceRecorded(logger, result.Kind == InvoiceDraftAttemptKind.FoundBooked ? "booked" : "draft", result.InvoiceNumber, OrderNumber);

        await syncLog.WriteAsync(Entry(SyncStatus.Success, message) with { DocumentNumber = number }, cancellationToken);
        await WriteWarningsAsync(result.Build, cancellationToken);

        return Outcome(PackedEventDisposition.Completed, message);
    }

    public async Task<PackedEventOutcome> NothingPackedAsync(InvoiceDraftAttemptResult result, CancellationToken cancellationToken)
    {
        Log.NothingPacked(logger, OrderNumber);
        var message = $"Order {OrderNumber} was marked packed, but no product line of the e-conomic order has a packed quantity, so no invoice draft was created.";

        await syncLog.WriteAsync(Entry(SyncStatus.Warning, message), cancellationToken);
        await WriteWarningsAsync(result.Build, cancellationToken);

        return Outcome(PackedEventDisposition.Completed, message);
    }

    public string TransientMessage(InvoiceDraftFailure failure) =>
        $"The invoice draft for order {OrderNumber} was not created yet because {failure.Reason}{EconomicSuffix(failure)} It is retried automatically.";

    public async Task<PackedEventOutcome> RetryLaterAsync(InvoiceDraftFailure failure, string message, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        Log.DraftRetrying(logger, OrderNumber, retryAfter, failure.Reason);
        await syncLog.WriteAsync(WithFailure(Entry(SyncStatus.Warning, message), failure), cancellationToken);

        return Outcome(PackedEventDisposition.RetryLater, message) with { RetryAfter = retryAfter };
    }

    public SyncLogEntry PermanentFailure(InvoiceDraftAttemptResult result) => InvoiceDraftFailureMessages.Describe(this, packedEvent, result);

    public async Task<PackedEventOutcome> FailedAsync(SyncLogEntry entry, CancellationToken cancellationToken)
    {
        Log.DraftFailed(logger, OrderNumber, entry.HttpStatus, entry.ErrorCode, entry.LogId);
        await syncLog.WriteAsync(entry, cancellationToken);

        return Outcome(PackedEventDisposition.Failed, entry.Message);
    }

    public SyncLogEntry Entry(SyncStatus status, string message) =>
        new(SyncArea.Invoicing, status, message) { Reference = OrderNumber };

    public static SyncLogEntry WithFailure(SyncLogEntry entry, InvoiceDraftFailure failure) =>
        entry with
        {
            ErrorDetail = string.Join(Environment.NewLine, new[] { failure.EconomicMessage, failure.Details }.Where(text => !string.IsNullOrWhiteSpace(text))) is { Length: > 0 } detail ? detail : null,
            ErrorCode = failure.ErrorCode,
            LogId = failure.LogId,
            HttpStatus = failure.HttpStatus,
        };

    /// <summary>Formats e-conomic's message, error code and log id as the end of a sentence, such as
    /// <c>: "Product is barred" (E06600, log id 8d79f5).</c></summary>
    public static string EconomicSuffix(InvoiceDraftFailure failure)
    {
        var codes = string.Join(", ", new[] { failure.ErrorCode, failure.LogId is null ? null : "log id " + failure.LogId }.OfType<string>());
        var quoted = failure.EconomicMessage is null ? string.Empty : $": \"{failure.EconomicMessage.TrimEnd('.')}\"";
        var bracketed = codes.Length == 0 ? string.Empty : $" ({codes})";

        return quoted + bracketed + ".";
    }

    private async Task WriteWarningsAsync(DraftBuild? build, CancellationToken cancellationToken)
    {
        foreach (var warning in build?.Warnings ?? [])
        {
            await syncLog.WriteAsync(Entry(SyncStatus.Warning, warning), cancellationToken);
        }

        if (build is null || build.UnmatchedPackedLines.Count == 0)
        {
            return;
        }

        var lines = string.Join(", ", build.UnmatchedPackedLines.Select(line =>
            $"line {Number(line.LineNumber)} ({line.Sku}, {line.PackedQuantity.ToString(CultureInfo.InvariantCulture)})"));
        var message = $"Packed {lines} of order {OrderNumber} match no product line of the e-conomic order and were not invoiced. Check the order and add them to the invoice draft by hand.";
        await syncLog.WriteAsync(Entry(SyncStatus.Warning, message), cancellationToken);
    }

    private static PackedEventOutcome Outcome(PackedEventDisposition disposition, string message) => new(disposition, message);

    private static string Number(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
