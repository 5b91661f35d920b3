using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// One attempt to create the invoice draft of a packed order: look for a draft an earlier attempt
/// made, read the order's upgrade template, keep the packed quantities and send the draft with the
/// claim's idempotency key. Every e-conomic fault comes back as a result, never as an exception.
/// </summary>
internal sealed class InvoiceDraftAttempt(
    IInvoicesApi api,
    InstallationContext installation,
    OrderPackedEvent packedEvent,
    DateOnly invoiceDate)
{
    private DraftInvoice? _sentDraft;

    /// <summary>Runs the attempt under <paramref name="claim"/>.</summary>
    public async Task<InvoiceDraftAttemptResult> RunAsync(int orderNumber, InvoiceDraftClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            return await CreateAsync(orderNumber, claim, cancellationToken);
        }
        catch (Exception exception) when (InvoiceDraftFailures.From(exception, _sentDraft, cancellationToken) is { } failure)
        {
            return new InvoiceDraftAttemptResult(InvoiceDraftAttemptKind.Failed) { Failure = failure };
        }
    }

    private async Task<InvoiceDraftAttemptResult> CreateAsync(int orderNumber, InvoiceDraftClaim claim, CancellationToken cancellationToken)
    {
        if (claim.MayHaveSent && await FindExistingAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        var template = await GetTemplateAsync(orderNumber, cancellationToken);
        if (template is null)
        {
            // The order may have been archived by the draft an earlier attempt created.
            return (claim.MayHaveSent ? null : await FindExistingAsync(cancellationToken))
                ?? new InvoiceDraftAttemptResult(InvoiceDraftAttemptKind.OrderNotOpen);
        }

        var build = DraftInvoiceBuilder.Build(template, packedEvent, invoiceDate, await ProductNamesAsync(template, cancellationToken));
        if (build.MissingRequiredMembers.Count > 0)
        {
            return new InvoiceDraftAttemptResult(InvoiceDraftAttemptKind.MissingRequiredMembers) { Build = build };
        }

        if (build.OverPackedLines.Count > 0)
        {
            return new InvoiceDraftAttemptResult(InvoiceDraftAttemptKind.OverPacked) { Build = build };
        }

        if (build.ProductLineCount == 0)
        {
            return new InvoiceDraftAttemptResult(InvoiceDraftAttemptKind.NothingPacked) { Build = build };
        }

        // NOTE: the totals e-conomic returns are not compared with the order's, so a difference of a few
        // øre from e-conomic's own VAT rounding is not flagged.
        _sentDraft = build.Draft;
        var created = await api.CreateDraftAsync(build.Draft, claim.Record.IdempotencyKey, cancellationToken);

        return new InvoiceDraftAttemptResult(InvoiceDraftAttemptKind.Created)
        {
            InvoiceNumber = created.DraftInvoiceNumber,
            Build = build,
            GrossAmount = created.GrossAmount,
        };
    }

    // An ignored or mis-evaluated filter returns unrelated invoices, so each result's reference is compared
    // again before one is adopted as this order's invoice.
    private async Task<InvoiceDraftAttemptResult?> FindExistingAsync(CancellationToken cancellationToken)
    {
        var reference = packedEvent.WarehouseReference;
        var filter = ReferenceFilter.For(reference);
        var drafts = await api.FindDraftsAsync(filter, cancellationToken);
        var draftNumbers = Matching(drafts.Collection, reference, draft => draft.References, draft => draft.DraftInvoiceNumber);
        if (draftNumbers.Count > 0)
        {
            return Found(InvoiceDraftAttemptKind.FoundDraft, "invoice drafts", draftNumbers);
        }

        var booked = await api.FindBookedAsync(filter, cancellationToken);
        var bookedNumbers = Matching(booked.Collection, reference, invoice => invoice.References, invoice => invoice.BookedInvoiceNumber);
        return bookedNumbers.Count > 0 ? Found(InvoiceDraftAttemptKind.FoundBooked, "booked invoices", bookedNumbers) : null;
    }

    private static List<int> Matching<T>(IEnumerable<T>? invoices, string reference, Func<T, DraftReferences?> references, Func<T, int?> number) =>
        (invoices ?? [])
            .Where(invoice => string.Equals(references(invoice)?.Other, reference, StringComparison.Ordinal))
            .Select(number)
            .OfType<int>()
            .Where(value => value > 0)
            .ToList();

    private InvoiceDraftAttemptResult Found(InvoiceDraftAttemptKind kind, string what, List<int> numbers)
    {
        if (numbers.Count == 1)
        {
            return new InvoiceDraftAttemptResult(kind) { InvoiceNumber = numbers[0] };
        }

        var listed = string.Join(", ", numbers.Select(value => value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var reason = $"e-conomic has {numbers.Count} {what} with reference {packedEvent.WarehouseReference} ({listed}) "
            + "and the plugin cannot tell which one belongs to the order, so it sends no new draft";
        return new InvoiceDraftAttemptResult(InvoiceDraftAttemptKind.Failed) { Failure = new InvoiceDraftFailure(false, reason) };
    }

    // The warehouse's copy records whether the order was a draft or sent when it was imported. It may have
    // moved since, so the other collection is tried too. Archived orders have no upgrade template.
    private async Task<DraftInvoice?> GetTemplateAsync(int orderNumber, CancellationToken cancellationToken)
    {
        var stored = await installation.Warehouse.GetOrderAsync(packedEvent.OrderNumber, cancellationToken);
        string[] collections = string.Equals(stored?.Order.SourceStatus, "draft", StringComparison.OrdinalIgnoreCase)
            ? ["drafts", "sent"]
            : ["sent", "drafts"];

        foreach (var collection in collections)
        {
            try
            {
                return await api.GetUpgradeTemplateAsync(collection, orderNumber, cancellationToken);
            }
            catch (Exception exception) when (InvoiceDraftFailures.IsNotFound(exception))
            {
                // Not in this collection. Try the next one.
            }
        }

        return null;
    }

    private async Task<Func<string, string?>> ProductNamesAsync(DraftInvoice template, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var skus = (template.Lines ?? [])
            .Where(line => string.IsNullOrWhiteSpace(line.Description) && line.Product?.ProductNumber is not null)
            .Select(line => line.Product!.ProductNumber!)
            .Distinct(StringComparer.Ordinal);

        foreach (var sku in skus)
        {
            if (await installation.Warehouse.GetProductAsync(sku, cancellationToken) is { } product)
            {
                names[sku] = product.Name;
            }
        }

        return sku => names.GetValueOrDefault(sku);
    }
}
