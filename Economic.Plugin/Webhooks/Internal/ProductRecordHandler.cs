using System.Net;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Products;
using Economic.Plugin.Products.Internal;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>Re-reads a product after its webhook and applies it; a deleted product is deactivated, never deleted.</summary>
internal sealed class ProductRecordHandler : IQueuedRecordHandler
{
    public WebhookRecordType RecordType => WebhookRecordType.Product;

    public async Task<bool> TryApplyCurrentAsync(QueueRun run, PendingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(record);

        var document = await TryReadAsync(run, record.Number, cancellationToken);
        if (document is null)
        {
            return false;
        }

        var mapping = ProductMapper.Map(document);
        var product = mapping.Product ?? throw new InvalidDataException(mapping.Problem);
        // The old number comes from the call, which anyone with the URL can send, so a product moves
        // only when e-conomic confirms that the old number is gone.
        if (record.PreviousNumber is { } previous
            && !string.Equals(previous, product.Sku, StringComparison.Ordinal)
            && await TryReadAsync(run, previous, cancellationToken) is null)
        {
            await MoveAsync(run, previous, product.Sku, cancellationToken);
        }

        var result = await run.Installation.Warehouse.UpsertProductAsync(product, cancellationToken);
        if (result is ChangeResult.Inserted or ChangeResult.Updated)
        {
            var verb = result == ChangeResult.Inserted ? "added to" : "updated in";
            await WriteAsync(run, SyncStatus.Success, $"Product '{product.Sku}' was {verb} the warehouse after an e-conomic webhook.", product.Sku, cancellationToken);
        }

        return true;
    }

    public async Task ApplyDeletedAsync(QueueRun run, PendingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(record);

        await DeactivateAsync(run, record.Number, cancellationToken);
        if (record.PreviousNumber is { } previous && await TryReadAsync(run, previous, cancellationToken) is null)
        {
            await DeactivateAsync(run, previous, cancellationToken);
        }
    }

    private static async Task DeactivateAsync(QueueRun run, string sku, CancellationToken cancellationToken)
    {
        var result = await run.Installation.Warehouse.DeactivateProductAsync(sku, cancellationToken);
        if (result == ChangeResult.Updated)
        {
            var message = $"Product '{sku}' no longer exists in e-conomic, so it was made inactive in the warehouse; its stock and history are kept.";
            await WriteAsync(run, SyncStatus.Success, message, sku, cancellationToken);
        }
    }

    private static async Task<ProductDto?> TryReadAsync(QueueRun run, string productNumber, CancellationToken cancellationToken)
    {
        try
        {
            return await run.Session.Api<IProductsApi>().GetProductAsync(ProductNumberPath.Encode(productNumber), cancellationToken);
        }
        catch (EconomicApiException exception) when (exception.HttpStatus == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static async Task MoveAsync(QueueRun run, string previous, string sku, CancellationToken cancellationToken)
    {
        var warehouse = run.Installation.Warehouse;
        var result = await warehouse.RenumberProductAsync(previous, sku, cancellationToken);
        if (result == ChangeResult.Renumbered)
        {
            await WriteAsync(run, SyncStatus.Success, $"Product '{previous}' was renumbered to '{sku}' in e-conomic and moved in the warehouse.", sku, cancellationToken);
        }
        else if (result == ChangeResult.Conflict)
        {
            // The new number exists already, so the old one is kept for its history but no longer offered.
            await warehouse.DeactivateProductAsync(previous, cancellationToken);
            var message = $"Product '{previous}' was renumbered to '{sku}' in e-conomic, but the warehouse already has a product '{sku}'. "
                + $"'{previous}' was made inactive; move its stock to '{sku}' in the warehouse by hand.";
            await WriteAsync(run, SyncStatus.Warning, message, sku, cancellationToken);
        }
    }

    private static Task WriteAsync(QueueRun run, SyncStatus status, string message, string sku, CancellationToken cancellationToken) =>
        run.Installation.SyncLog.WriteAsync(new SyncLogEntry(SyncArea.Products, status, message) { Reference = sku }, cancellationToken);
}
