using Economic.Plugin.Invoicing;
using Economic.Plugin.Invoicing.Internal;
using Economic.Plugin.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class InvoiceDraftLedgerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStateStore _store = new();
    private readonly InvoicingOptions _options = new() { ClaimLease = TimeSpan.FromMinutes(5) };

    [Fact]
    public async Task ClaimAsync_NewOrder_WinsWithStableKey()
    {
        var claim = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);

        Assert.Equal(InvoiceDraftClaimKind.Won, claim.Kind);
        Assert.False(claim.MayHaveSent);
        Assert.Equal("smartpack-shop-1-order-1042-invoice-draft-v1", claim.Record.IdempotencyKey);
        Assert.Equal(InvoiceDraftState.Pending, claim.Record.State);
    }

    [Fact]
    public async Task ClaimAsync_FreshPending_IsBusyUntilLeaseEnds()
    {
        await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));

        var second = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);

        Assert.Equal(InvoiceDraftClaimKind.Busy, second.Kind);
        Assert.Equal(TimeSpan.FromMinutes(4), second.RetryAfter);
    }

    [Fact]
    public async Task ClaimAsync_ExpiredPending_TakesOverWithSameKey()
    {
        var first = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(6));

        var second = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);

        Assert.Equal(InvoiceDraftClaimKind.Won, second.Kind);
        Assert.True(second.MayHaveSent);
        Assert.Equal(first.Record.IdempotencyKey, second.Record.IdempotencyKey);
        Assert.Equal(2, second.Record.Attempts);
    }

    [Fact]
    public async Task ClaimAsync_AfterRelease_TakesOverAtOnce()
    {
        var first = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);
        await Ledger().ReleaseAsync("1042", first, "e-conomic timed out", CancellationToken.None);

        var second = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);

        Assert.Equal(InvoiceDraftClaimKind.Won, second.Kind);
        Assert.True(second.MayHaveSent);
    }

    [Fact]
    public async Task ClaimAsync_Created_ReportsDraftNumber()
    {
        var first = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);
        await Ledger().CompleteAsync("1042", first, 57, isBooked: false, CancellationToken.None);

        var second = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: true, CancellationToken.None);

        Assert.Equal(InvoiceDraftClaimKind.AlreadyCreated, second.Kind);
        Assert.Equal(57, second.Record.DraftInvoiceNumber);
    }

    [Fact]
    public async Task ClaimAsync_FailedWithoutAdminRetry_StaysFailed()
    {
        var first = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);
        await Ledger().FailAsync("1042", first, "Product A900 is barred.", CancellationToken.None);

        var second = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);

        Assert.Equal(InvoiceDraftClaimKind.AlreadyFailed, second.Kind);
        Assert.Equal("Product A900 is barred.", second.Record.LastError);
    }

    [Fact]
    public async Task ClaimAsync_FailedWithAdminRetry_WinsWithNewKey()
    {
        var first = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);
        await Ledger().FailAsync("1042", first, "Product A900 is barred.", CancellationToken.None);

        var retry = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: true, CancellationToken.None);

        Assert.Equal(InvoiceDraftClaimKind.Won, retry.Kind);
        Assert.Equal("smartpack-shop-1-order-1042-invoice-draft-v2", retry.Record.IdempotencyKey);
        Assert.True(retry.MayHaveSent);
    }

    [Fact]
    public async Task ClaimAsync_ParallelClaims_ExactlyOneWins()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None))));

        Assert.Single(claims, claim => claim.Kind == InvoiceDraftClaimKind.Won);
        Assert.All(claims.Where(claim => claim.Kind != InvoiceDraftClaimKind.Won), claim => Assert.Equal(InvoiceDraftClaimKind.Busy, claim.Kind));
    }

    [Fact]
    public async Task FailAsync_AfterAnotherHandlerCreated_KeepsCreated()
    {
        var first = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(6));
        var second = await Ledger().ClaimAsync("shop-1", "1042", retryFailed: false, CancellationToken.None);
        await Ledger().CompleteAsync("1042", second, 57, isBooked: false, CancellationToken.None);

        await Ledger().FailAsync("1042", first, "late failure", CancellationToken.None);

        var record = await Ledger().GetAsync("1042", CancellationToken.None);
        Assert.Equal(InvoiceDraftState.Created, record?.State);
        Assert.Equal(57, record?.DraftInvoiceNumber);
    }

    [Fact]
    public void IdempotencyKeysFor_NonAsciiInstallationId_UsesHash()
    {
        var key = IdempotencyKeys.For("Butik Æ/B", "1042", 1);

        Assert.Matches("^smartpack-[0-9a-f]{16}-order-1042-invoice-draft-v1$", key);
        Assert.Equal(key, IdempotencyKeys.For("Butik Æ/B", "1042", 1));
    }

    private InvoiceDraftLedger Ledger() => new(_store, _time, _options);
}
