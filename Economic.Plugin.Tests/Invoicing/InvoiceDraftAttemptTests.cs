using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Dto;
using Economic.Plugin.Invoicing.Internal;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class InvoiceDraftAttemptTests
{
    [Fact]
    public async Task RunAsync_FilterIgnoredWithOtherOrdersDraft_DoesNotAdoptIt()
    {
        var api = new FilterIgnoringInvoicesApi([FilterIgnoringInvoicesApi.Draft(7, "WMS-99999")], []);

        var result = await RunAfterCrashAsync(api);

        Assert.NotEqual(InvoiceDraftAttemptKind.FoundDraft, result.Kind);
        Assert.Null(result.InvoiceNumber);
    }

    [Fact]
    public async Task RunAsync_FilterIgnoredWithOwnDraftAmongOthers_AdoptsOwnDraft()
    {
        var api = new FilterIgnoringInvoicesApi(
            [FilterIgnoringInvoicesApi.Draft(7, "WMS-99999"), FilterIgnoringInvoicesApi.Draft(8, "WMS-35071"), FilterIgnoringInvoicesApi.Draft(9, "wms-35071")],
            []);

        var result = await RunAfterCrashAsync(api);

        Assert.Equal(InvoiceDraftAttemptKind.FoundDraft, result.Kind);
        Assert.Equal(8, result.InvoiceNumber);
    }

    [Fact]
    public async Task RunAsync_TwoDraftsWithOwnReference_FailsPermanentlyNamingBoth()
    {
        var api = new FilterIgnoringInvoicesApi([FilterIgnoringInvoicesApi.Draft(8, "WMS-35071"), FilterIgnoringInvoicesApi.Draft(11, "WMS-35071")], []);

        var result = await RunAfterCrashAsync(api);

        Assert.Equal(InvoiceDraftAttemptKind.Failed, result.Kind);
        Assert.False(result.Failure!.IsTransient);
        Assert.Contains("(8, 11)", result.Failure.Reason, StringComparison.Ordinal);
        Assert.Equal(0, api.DraftPosts);
    }

    [Fact]
    public async Task RunAsync_FilterIgnoredWithOtherOrdersBookedInvoice_DoesNotAdoptIt()
    {
        var api = new FilterIgnoringInvoicesApi([], [new BookedInvoiceSummary { BookedInvoiceNumber = 3, References = new DraftReferences { Other = "WMS-1" } }]);

        var result = await RunAfterCrashAsync(api);

        Assert.NotEqual(InvoiceDraftAttemptKind.FoundBooked, result.Kind);
        Assert.Null(result.InvoiceNumber);
    }

    private static Task<InvoiceDraftAttemptResult> RunAfterCrashAsync(FilterIgnoringInvoicesApi api)
    {
        var installation = new InvoicingInstallation(new Uri("http://127.0.0.1:9/"), "app", "grant", createInvoiceDrafts: true);
        var packed = InvoicingSamples.Packed("35071", new PackedLine(1, "1", 1m));
        var attempt = new InvoiceDraftAttempt(api, installation.Installation, packed, new DateOnly(2026, 3, 2));
        var record = new InvoiceDraftRecord { State = InvoiceDraftState.Pending, IdempotencyKey = "key-35071", Attempts = 1 };
        var claim = new InvoiceDraftClaim(InvoiceDraftClaimKind.Won, record, "{}") { MayHaveSent = true };

        return attempt.RunAsync(35071, claim, CancellationToken.None);
    }
}
