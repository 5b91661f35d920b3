using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// Keeps the exactly-once record of each order's invoice draft in the installation's state store.
/// Every change is a compare-and-swap on the stored JSON, so when two handlers (or two hosts) get
/// the same packed event, one wins the claim and the other waits or stops.
/// </summary>
internal sealed class InvoiceDraftLedger(IPluginStateStore store, TimeProvider timeProvider, InvoicingOptions options)
{
    private const string KeyPrefix = "invoice-draft/";
    private const int MaxClaimRounds = 5;

    /// <summary>Returns the state store key of an order's record.</summary>
    /// <remarks>NOTE: the record is per order, so a later packing of the rest of a partly packed order
    /// (a backorder) creates no second draft, and that remainder must be invoiced by hand.</remarks>
    public static string KeyOf(string orderNumber) => KeyPrefix + orderNumber;

    /// <summary>Claims the order for this handler, or reports who has it.</summary>
    /// <param name="installationId">The installation, part of the idempotency key.</param>
    /// <param name="orderNumber">The e-conomic order number.</param>
    /// <param name="retryFailed">True for an admin retry: a failed record is claimed again with a new key.</param>
    /// <param name="cancellationToken">Cancels the state store calls.</param>
    public async Task<InvoiceDraftClaim> ClaimAsync(
        string installationId,
        string orderNumber,
        bool retryFailed,
        CancellationToken cancellationToken)
    {
        var key = KeyOf(orderNumber);
        for (var round = 0; round < MaxClaimRounds; round++)
        {
            var stored = await store.GetAsync(key, cancellationToken);
            var claim = stored is null
                ? await TryClaimNewAsync(key, installationId, orderNumber, cancellationToken)
                : await TryClaimExistingAsync(key, stored, installationId, orderNumber, retryFailed, cancellationToken);
            if (claim is not null)
            {
                return claim;
            }
        }

        // Each lost round means another handler changed the record. Let the event come back later.
        var current = await store.GetAsync(key, cancellationToken) ?? string.Empty;
        return new InvoiceDraftClaim(InvoiceDraftClaimKind.Busy, InvoiceDraftRecordJson.Parse(current), current) { RetryAfter = options.RetryBaseDelay };
    }

    /// <summary>Records the created draft, or the booked invoice found for the order. The invoice exists, so this
    /// overwrites a record that another handler changed meanwhile.</summary>
    public Task CompleteAsync(string orderNumber, InvoiceDraftClaim claim, int invoiceNumber, bool isBooked, CancellationToken cancellationToken) =>
        ReplaceAsync(
            orderNumber,
            claim,
            claim.Record with
            {
                State = InvoiceDraftState.Created,
                DraftInvoiceNumber = isBooked ? null : invoiceNumber,
                BookedInvoiceNumber = isBooked ? invoiceNumber : null,
                LeaseUntil = null,
                LastError = null,
            },
            cancellationToken);

    /// <summary>Records a permanent failure. The order waits for an admin retry.</summary>
    public Task FailAsync(string orderNumber, InvoiceDraftClaim claim, string error, CancellationToken cancellationToken) =>
        ReplaceAsync(
            orderNumber,
            claim,
            claim.Record with { State = InvoiceDraftState.Failed, LeaseUntil = null, LastError = error },
            cancellationToken);

    /// <summary>Ends the lease after a transient failure, so the next delivery may claim the order at once.</summary>
    public async Task ReleaseAsync(string orderNumber, InvoiceDraftClaim claim, string error, CancellationToken cancellationToken)
    {
        var released = claim.Record with { LeaseUntil = null, LastError = error };
        await store.TryUpdateAsync(KeyOf(orderNumber), claim.StoredValue, InvoiceDraftRecordJson.Serialize(released), cancellationToken);
    }

    /// <summary>Removes the record, so a later packed event for the order is handled from scratch.</summary>
    public async Task ForgetAsync(string orderNumber, InvoiceDraftClaim claim, CancellationToken cancellationToken)
    {
        var key = KeyOf(orderNumber);
        if (await store.GetAsync(key, cancellationToken) == claim.StoredValue)
        {
            await store.RemoveAsync(key, cancellationToken);
        }
    }

    /// <summary>Returns the record of an order, or null when it has none.</summary>
    public async Task<InvoiceDraftRecord?> GetAsync(string orderNumber, CancellationToken cancellationToken) =>
        await store.GetAsync(KeyOf(orderNumber), cancellationToken) is { } stored ? InvoiceDraftRecordJson.Parse(stored) : null;

    private async Task<InvoiceDraftClaim?> TryClaimNewAsync(
        string key,
        string installationId,
        string orderNumber,
        CancellationToken cancellationToken)
    {
        var record = NewAttempt(new InvoiceDraftRecord
        {
            State = InvoiceDraftState.Pending,
            IdempotencyKey = IdempotencyKeys.For(installationId, orderNumber, 1),
        });
        var value = InvoiceDraftRecordJson.Serialize(record);

        return await store.TryAddAsync(key, value, cancellationToken)
            ? new InvoiceDraftClaim(InvoiceDraftClaimKind.Won, record, value)
            : null;
    }

    private async Task<InvoiceDraftClaim?> TryClaimExistingAsync(
        string key,
        string stored,
        string installationId,
        string orderNumber,
        bool retryFailed,
        CancellationToken cancellationToken)
    {
        var record = InvoiceDraftRecordJson.Parse(stored);
        switch (record.State)
        {
            case InvoiceDraftState.Created:
                return new InvoiceDraftClaim(InvoiceDraftClaimKind.AlreadyCreated, record, stored);
            case InvoiceDraftState.Failed when !retryFailed:
                return new InvoiceDraftClaim(InvoiceDraftClaimKind.AlreadyFailed, record, stored);
            case InvoiceDraftState.Pending when record.LeaseUntil is { } leaseUntil && leaseUntil > timeProvider.GetUtcNow():
                return new InvoiceDraftClaim(InvoiceDraftClaimKind.Busy, record, stored) { RetryAfter = leaseUntil - timeProvider.GetUtcNow() };
        }

        var next = record.State == InvoiceDraftState.Failed
            ? NextGeneration(record, installationId, orderNumber)
            : NewAttempt(record);
        var value = InvoiceDraftRecordJson.Serialize(next);

        // Any earlier attempt may have reached e-conomic before the handler stopped, so the draft is
        // looked up before it is sent again.
        return await store.TryUpdateAsync(key, stored, value, cancellationToken)
            ? new InvoiceDraftClaim(InvoiceDraftClaimKind.Won, next, value) { MayHaveSent = record.Attempts > 0 }
            : null;
    }

    private InvoiceDraftRecord NextGeneration(InvoiceDraftRecord failed, string installationId, string orderNumber) =>
        NewAttempt(failed with
        {
            State = InvoiceDraftState.Pending,
            Generation = failed.Generation + 1,
            IdempotencyKey = IdempotencyKeys.For(installationId, orderNumber, failed.Generation + 1),
            Attempts = failed.Attempts,
        });

    private InvoiceDraftRecord NewAttempt(InvoiceDraftRecord record)
    {
        var now = timeProvider.GetUtcNow();
        return record with { Attempts = record.Attempts + 1, AttemptedAt = now, LeaseUntil = now + options.ClaimLease };
    }

    private async Task ReplaceAsync(string orderNumber, InvoiceDraftClaim claim, InvoiceDraftRecord record, CancellationToken cancellationToken)
    {
        var key = KeyOf(orderNumber);
        var value = InvoiceDraftRecordJson.Serialize(record);
        if (await store.TryUpdateAsync(key, claim.StoredValue, value, cancellationToken))
        {
            return;
        }

        // Another handler took the order over after this lease ended. A created draft outranks a failure.
        var current = await store.GetAsync(key, cancellationToken);
        if (current is null || InvoiceDraftRecordJson.Parse(current).State != InvoiceDraftState.Created)
        {
            await store.SetAsync(key, value, cancellationToken);
        }
    }
}
