using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Invoicing;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class OverPackedInvoicingTests
{
    [Fact]
    public async Task HandleOrderPacked_PackedAboveOrdered_FailsWithoutDraft()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();

        var outcome = await fixture.PackAsync(InvoicingStandIn.SamplePacked(1000005m));

        Assert.Equal(PackedEventDisposition.Failed, outcome.Disposition);
        Assert.Empty(fixture.DraftPosts);
        var entry = Assert.Single(fixture.Plugin.SyncLog.Entries);
        Assert.Equal(SyncStatus.Error, entry.Status);
        Assert.Contains(
            "No invoice draft was created for order 35071 because the warehouse reported more packed than ordered: line 1 (product 1) was packed 1000005 but ordered 1.",
            entry.Message,
            StringComparison.Ordinal);
    }
}
