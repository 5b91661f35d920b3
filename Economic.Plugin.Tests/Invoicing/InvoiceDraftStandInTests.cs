using System.Text.Json.Nodes;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Internal;
using Economic.StandIn;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class InvoiceDraftStandInTests
{
    [Fact]
    public async Task HandleOrderPacked_SentSampleOrder_CreatesMatchingDraft()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();

        var outcome = await fixture.PackAsync(InvoicingStandIn.SamplePacked());

        Assert.Equal(PackedEventDisposition.Completed, outcome.Disposition);
        var draft = Assert.Single(fixture.Drafts());
        Assert.Equal(1000, (int)draft["customer"]!["customerNumber"]!);
        Assert.Equal(19, (int)draft["layout"]!["layoutNumber"]!);
        Assert.Equal(5, (int)draft["paymentTerms"]!["paymentTermsNumber"]!);
        Assert.Equal(1, (int)draft["recipient"]!["vatZone"]!["vatZoneNumber"]!);
        Assert.Equal("Møbelfabrikken A/S", (string)draft["recipient"]!["name"]!);
        Assert.Equal("WMS-35071", (string)draft["references"]!["other"]!);
        var line = Assert.Single(draft["lines"]!.AsArray())!;
        Assert.Equal("1", (string)line["product"]!["productNumber"]!);
        Assert.Equal(1m, (decimal)line["quantity"]!);
        Assert.Equal(1000m, (decimal)line["unitNetPrice"]!);
        Assert.Equal(12m, (decimal)line["discountPercentage"]!);
        Assert.Equal(880m, (decimal)draft["netAmount"]!);
        Assert.Equal(1100m, (decimal)draft["grossAmount"]!);
    }

    [Fact]
    public async Task HandleOrderPacked_Created_LogsDraftNumberAndArchivesOrder()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();

        var outcome = await fixture.PackAsync(InvoicingStandIn.SamplePacked());

        var entry = Assert.Single(fixture.Plugin.SyncLog.Entries);
        Assert.Equal(SyncStatus.Success, entry.Status);
        Assert.Equal(SyncArea.Invoicing, entry.Area);
        Assert.Equal("35071", entry.Reference);
        Assert.Equal("1", entry.DocumentNumber);
        Assert.Contains("Invoice draft 1", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Agreement.Orders(OrderStatus.Sent));
        Assert.Single(fixture.Agreement.Orders(OrderStatus.Archived));
    }

    [Fact]
    public async Task HandleOrderPacked_HalfPackedLine_InvoicesHalf()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();

        await fixture.PackAsync(InvoicingStandIn.SamplePacked(quantity: 0.5m));

        var line = Assert.Single(Assert.Single(fixture.Drafts())["lines"]!.AsArray())!;
        Assert.Equal(0.5m, (decimal)line["quantity"]!);
        Assert.Equal(440m, (decimal)line["totalNetAmount"]!);
    }

    [Fact]
    public async Task HandleOrderPacked_SameEventFiveTimes_CreatesOneDraft()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        var packed = InvoicingStandIn.SamplePacked();

        var outcomes = new List<PackedEventOutcome>();
        for (var delivery = 0; delivery < 5; delivery++)
        {
            outcomes.Add(await fixture.PackAsync(packed));
        }

        Assert.All(outcomes, outcome => Assert.Equal(PackedEventDisposition.Completed, outcome.Disposition));
        Assert.Single(fixture.Drafts());
        Assert.Single(fixture.DraftPosts);
    }

    [Fact]
    public async Task HandleOrderPacked_TimeoutAfterAccept_ReplaysAndCreatesOneDraft()
    {
        await using var fixture = await InvoicingStandIn.StartAsync(configure: options => options.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        fixture.StandIn.Faults.Add(new StandInFault { Method = "POST", PathPrefix = "/invoices/drafts", AcceptThenTimeout = true, Times = 1 });

        var outcome = await fixture.PackAsync(InvoicingStandIn.SamplePacked());

        Assert.Equal(PackedEventDisposition.Completed, outcome.Disposition);
        Assert.Single(fixture.Drafts());
        Assert.Equal(2, fixture.DraftPosts.Count);
        Assert.All(fixture.DraftPosts, request => Assert.True(request.HasIdempotencyKey));
    }

    [Fact]
    public async Task HandleOrderPacked_EveryAttemptTimesOut_FindsDraftOnRedelivery()
    {
        await using var fixture = await InvoicingStandIn.StartAsync(configure: options =>
        {
            options.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            options.MaxRetryAttempts = 1;
        });
        fixture.StandIn.Faults.Add(new StandInFault { Method = "POST", PathPrefix = "/invoices/drafts", AcceptThenTimeout = true, Times = 2 });
        var packed = InvoicingStandIn.SamplePacked();

        var first = await fixture.PackAsync(packed);
        var second = await fixture.PackAsync(packed);

        Assert.Equal(PackedEventDisposition.RetryLater, first.Disposition);
        Assert.NotNull(first.RetryAfter);
        Assert.Equal(PackedEventDisposition.Completed, second.Disposition);
        Assert.Contains("already existed", second.Message, StringComparison.Ordinal);
        Assert.Single(fixture.Drafts());
        Assert.Equal(2, fixture.DraftPosts.Count);
    }

    [Fact]
    public async Task HandleOrderPacked_ServerErrors_RetriesLaterThenCreates()
    {
        await using var fixture = await InvoicingStandIn.StartAsync(configure: options => options.MaxRetryAttempts = 1);
        fixture.StandIn.Faults.Add(new StandInFault { Method = "POST", PathPrefix = "/invoices/drafts", StatusCode = 503, Times = 2 });
        var packed = InvoicingStandIn.SamplePacked();

        var first = await fixture.PackAsync(packed);
        var second = await fixture.PackAsync(packed);

        Assert.Equal(PackedEventDisposition.RetryLater, first.Disposition);
        Assert.NotNull(first.RetryAfter);
        var warning = fixture.Plugin.SyncLog.Entries[0];
        Assert.Equal(SyncStatus.Warning, warning.Status);
        Assert.Equal(503, warning.HttpStatus);
        Assert.Contains("retried automatically", warning.Message, StringComparison.Ordinal);
        Assert.Equal(PackedEventDisposition.Completed, second.Disposition);
        Assert.Single(fixture.Drafts());
    }

    [Fact]
    public async Task HandleOrderPacked_CrashAfterSending_FindsDraftInsteadOfPosting()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        var packed = InvoicingStandIn.SamplePacked();
        await fixture.PackAsync(packed);
        await LeavePendingAsync(fixture);

        var outcome = await fixture.PackAsync(packed);

        Assert.Equal(PackedEventDisposition.Completed, outcome.Disposition);
        Assert.Single(fixture.Drafts());
        Assert.Single(fixture.DraftPosts);
        var record = InvoiceDraftRecordJson.Parse(fixture.Plugin.State.Values[InvoiceDraftLedger.KeyOf("35071")]);
        Assert.Equal(InvoiceDraftState.Created, record.State);
        Assert.Equal(1, record.DraftInvoiceNumber);
    }

    [Fact]
    public async Task HandleOrderPacked_CrashBeforeSending_SendsOnce()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        await LeavePendingAsync(fixture);

        var outcome = await fixture.PackAsync(InvoicingStandIn.SamplePacked());

        Assert.Equal(PackedEventDisposition.Completed, outcome.Disposition);
        Assert.Single(fixture.Drafts());
        Assert.Single(fixture.DraftPosts);
    }

    [Fact]
    public async Task HandleOrderPacked_TwoHandlersAtOnce_CreatesOneDraft()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        var packed = InvoicingStandIn.SamplePacked();

        var outcomes = await Task.WhenAll(Task.Run(() => fixture.PackAsync(packed)), Task.Run(() => fixture.PackAsync(packed)));
        var later = outcomes.Any(outcome => outcome.Disposition == PackedEventDisposition.RetryLater)
            ? await fixture.PackAsync(packed)
            : null;

        Assert.Contains(outcomes, outcome => outcome.Disposition == PackedEventDisposition.Completed);
        Assert.All(outcomes, outcome => Assert.NotEqual(PackedEventDisposition.Failed, outcome.Disposition));
        Assert.True(later is null || later.Disposition == PackedEventDisposition.Completed);
        Assert.Single(fixture.Drafts());
        Assert.Single(fixture.DraftPosts);
    }

    [Fact]
    public async Task HandleOrderPacked_BarredProduct_FailsWithVisibleError()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        PutOrderWithProduct(fixture, "A900", barred: true);

        var outcome = await fixture.PackAsync(InvoicingSamples.Packed("1070", new PackedLine(1, "A900", 1m)));

        Assert.Equal(PackedEventDisposition.Failed, outcome.Disposition);
        var entry = Assert.Single(fixture.Plugin.SyncLog.Entries);
        Assert.Equal(SyncStatus.Error, entry.Status);
        Assert.Equal("1070", entry.Reference);
        Assert.Equal("E06600", entry.ErrorCode);
        Assert.Equal(400, entry.HttpStatus);
        Assert.False(string.IsNullOrEmpty(entry.LogId));
        Assert.Contains("order 1070", entry.Message, StringComparison.Ordinal);
        Assert.Contains("product A900", entry.Message, StringComparison.Ordinal);
        Assert.Contains("barred", entry.Message, StringComparison.Ordinal);
        Assert.Contains(entry.LogId!, entry.Message, StringComparison.Ordinal);
        Assert.Equal(entry.Message, outcome.Message);
        Assert.Empty(fixture.Drafts());
    }

    [Fact]
    public async Task HandleOrderPacked_FailedThenRedelivered_SendsNothing()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        PutOrderWithProduct(fixture, "A900", barred: true);
        var packed = InvoicingSamples.Packed("1070", new PackedLine(1, "A900", 1m));
        await fixture.PackAsync(packed);

        var again = await fixture.PackAsync(packed);

        Assert.Equal(PackedEventDisposition.Failed, again.Disposition);
        Assert.Single(fixture.DraftPosts);
    }

    [Fact]
    public async Task HandleOrderPacked_AdminRetryAfterFix_CreatesDraft()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        PutOrderWithProduct(fixture, "A900", barred: true);
        var packed = InvoicingSamples.Packed("1070", new PackedLine(1, "A900", 1m));
        await fixture.PackAsync(packed);
        fixture.PutProduct("A900", barred: false);

        var retried = await fixture.PackAsync(packed with { IsAdminRetry = true });

        Assert.Equal(PackedEventDisposition.Completed, retried.Disposition);
        Assert.Single(fixture.Drafts());
    }

    [Fact]
    public async Task HandleOrderPacked_SwitchedOff_SendsNoRequest()
    {
        await using var fixture = await InvoicingStandIn.StartAsync(switchedOn: false);

        var outcome = await fixture.PackAsync(InvoicingStandIn.SamplePacked());

        Assert.Equal(PackedEventDisposition.Completed, outcome.Disposition);
        Assert.Contains("switched off", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.StandIn.Requests, request => request.PathAndQuery.StartsWith("/invoices", StringComparison.Ordinal));
        Assert.Empty(fixture.StandIn.Requests);
        Assert.Empty(fixture.Drafts());
    }

    [Fact]
    public async Task HandleOrderPacked_Payload_HasNoNullZeroIdOrDefaultDate()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();

        await fixture.PackAsync(InvoicingStandIn.SamplePacked());

        var received = Assert.Single(fixture.Agreement.ReceivedDraftInvoiceRequests());
        Assert.Empty(DraftInvoiceBuilderTests.InvalidWireValues(received, "$"));
        Assert.DoesNotContain("0001-01-01", received.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("null", received.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(received["paymentTerms"]!["paymentTermsType"]);
        Assert.Null(received["dueDate"]);
        Assert.Equal(1, (int)received["lines"]![0]!["lineNumber"]!);
    }

    [Fact]
    public async Task HandleOrderPacked_OrderArchived_FailsWithoutDraft()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        fixture.Agreement.MoveOrder(35071, OrderStatus.Sent, OrderStatus.Archived);

        var outcome = await fixture.PackAsync(InvoicingStandIn.SamplePacked());

        Assert.Equal(PackedEventDisposition.Failed, outcome.Disposition);
        Assert.Contains("archived", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.DraftPosts);
    }

    [Fact]
    public async Task HandleOrderPacked_BarredProduct_LogsNoTokenOrBody()
    {
        await using var fixture = await InvoicingStandIn.StartAsync();
        PutOrderWithProduct(fixture, "A900", barred: true);

        await fixture.PackAsync(InvoicingSamples.Packed("1070", new PackedLine(1, "A900", 1m)));

        var texts = fixture.Logs.GetSnapshot().Select(record => record.Message)
            .Concat(fixture.Plugin.SyncLog.Entries.Select(entry => $"{entry.Message} {entry.ErrorDetail}"));
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain(InvoicingStandIn.GrantToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain(InvoicingStandIn.AppSecretToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"references\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"lines\"", text, StringComparison.Ordinal);
        });
    }

    private static async Task LeavePendingAsync(InvoicingStandIn fixture)
    {
        var pending = new InvoiceDraftRecord
        {
            State = InvoiceDraftState.Pending,
            IdempotencyKey = IdempotencyKeys.For("installation-1", "35071", 1),
            Attempts = 1,
            AttemptedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
            LeaseUntil = DateTimeOffset.UtcNow.AddMinutes(-5),
        };
        await fixture.Plugin.State.SetAsync(InvoiceDraftLedger.KeyOf("35071"), InvoiceDraftRecordJson.Serialize(pending), CancellationToken.None);
    }

    private static void PutOrderWithProduct(InvoicingStandIn fixture, string productNumber, bool barred)
    {
        fixture.PutProduct(productNumber, barred);
        var order = InvoicingStandIn.SampleOrder();
        order["orderNumber"] = 1070;
        order["lines"]![0]!["product"] = new JsonObject { ["productNumber"] = productNumber };
        fixture.Agreement.PutOrder(OrderStatus.Sent, order);
    }
}
