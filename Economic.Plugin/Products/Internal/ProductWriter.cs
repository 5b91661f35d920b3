using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Extensions.Logging;

namespace Economic.Plugin.Products.Internal;

/// <summary>Applies mapped products to the warehouse, counts the outcomes and writes sync log entries for problems.</summary>
internal sealed class ProductWriter(InstallationContext installation, ImportCounters counters, ILogger logger)
{
    /// <summary>Stores the product, or reports why it cannot be stored.</summary>
    /// <returns>The warehouse's result, or null when the product was not stored.</returns>
    public async Task<ChangeResult?> WriteAsync(ProductMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);

        if (mapping.Product is not { } product)
        {
            await RecordFailureAsync(mapping.ProductNumber, mapping.Problem ?? "The product could not be mapped.", cancellationToken);
            return null;
        }

        var result = await installation.Warehouse.UpsertProductAsync(product, cancellationToken);
        Log.ProductApplied(logger, product.Sku, installation.InstallationId, result);
        Count(result);

        return result;
    }

    /// <summary>Counts a warehouse result.</summary>
    public void Count(ChangeResult result)
    {
        switch (result)
        {
            case ChangeResult.Inserted:
                counters.Inserted++;
                break;
            case ChangeResult.Updated or ChangeResult.Renumbered or ChangeResult.Deleted:
                counters.Updated++;
                break;
            default:
                counters.Skipped++;
                break;
        }
    }

    /// <summary>Counts a product that was not stored and writes an error entry saying why.</summary>
    public async Task RecordFailureAsync(string? productNumber, string message, CancellationToken cancellationToken)
    {
        counters.Failed++;
        Log.ProductFailed(logger, productNumber ?? string.Empty, installation.InstallationId, message);
        var entry = new SyncLogEntry(SyncArea.Products, SyncStatus.Error, message) { Reference = productNumber };

        await installation.SyncLog.WriteAsync(entry, cancellationToken);
    }
}
