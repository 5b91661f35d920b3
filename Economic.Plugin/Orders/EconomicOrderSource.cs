using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Orders.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Economic.Plugin.Orders;

/// <summary>
/// Imports e-conomic orders (sent, and optionally drafts and archived) into the warehouse. e-conomic sends
/// no order webhooks, so the import polls each collection filtered on <c>lastUpdated</c>.
/// </summary>
internal sealed class EconomicOrderSource(
    EconomicSessionFactory sessionFactory,
    IOptions<OrderImportOptions> options,
    ILogger<EconomicOrderSource> logger) : IOrderSource
{
    public async Task<ImportResult> ImportOrdersAsync(InstallationContext installation, ImportMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);

        OrderImportSettings settings;
        EconomicSession session;
        try
        {
            settings = OrderImportSettings.Read(installation.Settings);
            session = sessionFactory.Create(installation);
        }
        catch (Exception exception) when (exception is EconomicSettingsException or FormatException)
        {
            return await StopAsync(installation, new ImportCounters(), 0, exception.Message, null, cancellationToken);
        }

        using (session)
        {
            return await RunAsync(installation, settings, session, mode, cancellationToken);
        }
    }

    private async Task<ImportResult> RunAsync(
        InstallationContext installation, OrderImportSettings settings, EconomicSession session, ImportMode mode, CancellationToken cancellationToken)
    {
        var run = new OrderImportRun(session, installation, options.Value, logger);
        string? error = null;
        foreach (var status in settings.EnabledStatuses())
        {
            try
            {
                await run.ImportAsync(status, mode, cancellationToken);
            }
            catch (EconomicApiException exception) when (exception.IsAccessDenied)
            {
                return await StopAsync(installation, run.Counters, session.CallCount, exception.Message, exception, cancellationToken);
            }
            catch (Exception exception) when (IsCollectionFailure(exception))
            {
                error ??= await RecordCollectionFailureAsync(installation, status, exception, cancellationToken);
            }
        }

        var result = run.Counters.ToResult(session.CallCount, error);
        await WriteSummaryAsync(installation, result, cancellationToken);

        return result;
    }

    private static bool IsCollectionFailure(Exception exception) =>
        exception is EconomicApiException or HttpRequestException or TimeoutRejectedException or InvalidDataException;

    private async Task<string> RecordCollectionFailureAsync(
        InstallationContext installation, EconomicOrderStatus status, Exception exception, CancellationToken cancellationToken)
    {
        var api = exception as EconomicApiException;
        var message = $"Reading the {status.ToPathSegment()} orders from e-conomic failed, "
            + $"so they are read again on the next run: {exception.Message}";
        Log.CollectionFailed(logger, status.ToPathSegment(), installation.InstallationId, exception.Message);
        await installation.SyncLog.WriteAsync(ErrorEntry(SyncArea.Orders, message, api), cancellationToken);

        return message;
    }

    private async Task<ImportResult> StopAsync(
        InstallationContext installation,
        ImportCounters counters,
        int apiCalls,
        string reason,
        EconomicApiException? exception,
        CancellationToken cancellationToken)
    {
        var message = $"The order import stopped: {reason}";
        Log.RunStopped(logger, installation.InstallationId, reason);
        await installation.SyncLog.WriteAsync(ErrorEntry(SyncArea.Connection, message, exception), cancellationToken);

        return counters.ToResult(apiCalls, message);
    }

    private async Task WriteSummaryAsync(InstallationContext installation, ImportResult result, CancellationToken cancellationToken)
    {
        var level = RunLogLevel.For(result);
        Log.RunFinished(logger, level, installation.InstallationId, result.Inserted, result.Updated, result.Skipped, result.Failed, result.ApiCalls);
        var message = $"Order import finished: {result.Inserted} inserted, {result.Updated} updated, {result.Skipped} skipped, "
            + $"{result.Failed} failed, {result.ApiCalls} e-conomic requests.";

        await installation.SyncLog.WriteAsync(new SyncLogEntry(SyncArea.Orders, SyncStatus.Information, message), cancellationToken);
    }

    private static SyncLogEntry ErrorEntry(SyncArea area, string message, EconomicApiException? exception) =>
        new(area, SyncStatus.Error, message)
        {
            ErrorDetail = exception?.EconomicMessage,
            ErrorCode = exception?.ErrorCode,
            LogId = exception?.LogId,
            HttpStatus = exception is null ? null : (int)exception.HttpStatus,
        };
}
