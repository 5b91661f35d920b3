using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Products.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Economic.Plugin.Products;

/// <summary>
/// Syncs e-conomic products into the warehouse: every product on a full run, and on an incremental run
/// those whose <c>lastUpdated</c> is at or after the last successful run's start, less an overlap.
/// </summary>
/// <remarks>
/// Barred products are read like any other and stored as inactive. The sync never filters on
/// <c>barred</c>, because e-conomic returns 500 for <c>barred$ne:</c> although it lists the field as filterable.
/// </remarks>
internal sealed class EconomicProductSource(
    EconomicSessionFactory sessionFactory,
    IOptions<ProductSyncOptions> options,
    TimeProvider timeProvider,
    ILogger<EconomicProductSource> logger) : IProductSource
{
    public async Task<ImportResult> SyncProductsAsync(InstallationContext installation, ImportMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);

        EconomicSession session;
        try
        {
            session = sessionFactory.Create(installation);
        }
        catch (EconomicSettingsException exception)
        {
            return await StopAsync(installation, new ImportCounters(), 0, exception.Message, null, cancellationToken);
        }

        using (session)
        {
            return await RunAsync(installation, session, mode, cancellationToken);
        }
    }

    private async Task<ImportResult> RunAsync(InstallationContext installation, EconomicSession session, ImportMode mode, CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow();
        var counters = new ImportCounters();
        try
        {
            await ReadAndApplyAsync(installation, session, mode, counters, cancellationToken);
        }
        catch (EconomicApiException exception) when (exception.IsAccessDenied)
        {
            return await StopAsync(installation, counters, session.CallCount, exception.Message, exception, cancellationToken);
        }
        catch (Exception exception) when (exception is EconomicApiException or HttpRequestException or TimeoutRejectedException)
        {
            var message = $"Reading the products from e-conomic failed, so the next run reads them again: {exception.Message}";
            Log.SyncFailed(logger, installation.InstallationId, exception.Message);
            await WriteErrorAsync(installation, SyncArea.Products, message, exception as EconomicApiException, cancellationToken);
            return counters.ToResult(session.CallCount, message);
        }

        await ProductCheckpoint.SaveAsync(installation.State, startedAt, cancellationToken);
        var result = counters.ToResult(session.CallCount, null);
        await WriteSummaryAsync(installation, result, cancellationToken);

        return result;
    }

    private async Task ReadAndApplyAsync(
        InstallationContext installation, EconomicSession session, ImportMode mode, ImportCounters counters, CancellationToken cancellationToken)
    {
        var checkpoint = mode == ImportMode.Full ? null : await ProductCheckpoint.LoadAsync(installation.State, cancellationToken);
        var filter = checkpoint is { } since
            ? new EconomicFilter().GreaterThanOrEqual("lastUpdated", since - options.Value.Overlap).ToQueryValue()
            : null;
        var api = session.Api<IProductsApi>();
        var writer = new ProductWriter(installation, counters, logger);

        // Sorting on the key keeps pages stable while products are added during the read.
        var products = session.ReadAllAsync(
            (skipPages, pageSize, token) => api.GetProductsAsync(skipPages, pageSize, filter, "productNumber", token),
            product => product.ProductNumber ?? string.Empty,
            cancellationToken);
        await foreach (var product in products)
        {
            await writer.WriteAsync(ProductMapper.Map(product), cancellationToken);
        }
    }

    private async Task<ImportResult> StopAsync(
        InstallationContext installation, ImportCounters counters, int apiCalls, string reason, EconomicApiException? exception, CancellationToken cancellationToken)
    {
        var message = $"The product sync stopped: {reason}";
        Log.SyncStopped(logger, installation.InstallationId, reason);
        await WriteErrorAsync(installation, SyncArea.Connection, message, exception, cancellationToken);

        return counters.ToResult(apiCalls, message);
    }

    private async Task WriteSummaryAsync(InstallationContext installation, ImportResult result, CancellationToken cancellationToken)
    {
        var level = RunLogLevel.For(result);
        Log.SyncFinished(logger, level, installation.InstallationId, result.Inserted, result.Updated, result.Skipped, result.Failed, result.ApiCalls);
        var message = $"Product sync finished: {result.Inserted} inserted, {result.Updated} updated, {result.Skipped} unchanged, "
            + $"{result.Failed} failed, {result.ApiCalls} e-conomic requests.";

        await installation.SyncLog.WriteAsync(new SyncLogEntry(SyncArea.Products, SyncStatus.Information, message), cancellationToken);
    }

    private static Task WriteErrorAsync(
        InstallationContext installation, SyncArea area, string message, EconomicApiException? exception, CancellationToken cancellationToken)
    {
        var entry = new SyncLogEntry(area, SyncStatus.Error, message)
        {
            ErrorDetail = exception?.EconomicMessage,
            ErrorCode = exception?.ErrorCode,
            LogId = exception?.LogId,
            HttpStatus = exception is null ? null : (int)exception.HttpStatus,
        };

        return installation.SyncLog.WriteAsync(entry, cancellationToken);
    }
}
