using System.Globalization;
using System.Text.Json;
using Economic.Plugin.Abstractions;
using Economic.Plugin.EconomicApi;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Economic.Plugin.Orders.Internal;

/// <summary>
/// One import run for one installation: reads each enabled order collection, applies new and changed
/// orders to the warehouse and saves each collection's checkpoint after it was read to the end.
/// </summary>
internal sealed class OrderImportRun
{
    private readonly EconomicSession _session;
    private readonly InstallationContext _installation;
    private readonly OrderImportOptions _options;
    private readonly ILogger _logger;
    private readonly IOrdersApi _orders;
    private readonly CustomerCache _customers;
    private readonly OrderWriter _writer;

    public OrderImportRun(EconomicSession session, InstallationContext installation, OrderImportOptions options, ILogger logger)
    {
        _session = session;
        _installation = installation;
        _options = options;
        _logger = logger;
        _orders = session.Api<IOrdersApi>();
        _customers = new CustomerCache(session.Api<ICustomersApi>());
        _writer = new OrderWriter(installation, Counters, logger);
    }

    public ImportCounters Counters { get; } = new();

    /// <summary>The state key of a collection's checkpoint.</summary>
    public static string CheckpointKey(EconomicOrderStatus status) => "orders.checkpoint." + status.ToPathSegment();

    /// <summary>Imports one collection; throws when the collection itself cannot be read.</summary>
    public async Task ImportAsync(EconomicOrderStatus status, ImportMode mode, CancellationToken cancellationToken)
    {
        var key = CheckpointKey(status);
        var checkpoint = mode == ImportMode.Full ? OrderImportCheckpoint.Empty : await LoadAsync(key, cancellationToken);
        var tracker = new CheckpointTracker(checkpoint, _options.Overlap, rememberNumbers: status == EconomicOrderStatus.Archived);
        var filter = BuildFilter(status, checkpoint);
        var segment = status.ToPathSegment();
        var knownNumbers = OrderNumberRanges.Parse(checkpoint.ArchivedNumbers);
        var items = _session.ReadAllAsync(
            (skipPages, pageSize, token) => _orders.GetOrdersAsync(segment, skipPages, pageSize, filter, token),
            order => order.OrderNumber,
            cancellationToken);

        await foreach (var item in items)
        {
            if (IsKnown(status, checkpoint, knownNumbers, item))
            {
                tracker.Handled(item.OrderNumber, item.LastUpdated);
            }
            else if (await ImportOrderAsync(status, item, cancellationToken))
            {
                tracker.Handled(item.OrderNumber, item.LastUpdated);
            }
            else
            {
                tracker.Failed(item.LastUpdated);
            }
        }

        var json = JsonSerializer.Serialize(tracker.Build(), CheckpointJson.Options);
        await _installation.State.SetAsync(key, json, cancellationToken);
    }

    private string? BuildFilter(EconomicOrderStatus status, OrderImportCheckpoint checkpoint)
    {
        if (!status.SupportsLastUpdatedFilter() || checkpoint.LastUpdated is not { } lastUpdated)
        {
            return null;
        }

        return new EconomicFilter().GreaterThanOrEqual("lastUpdated", lastUpdated - _options.Overlap).ToQueryValue();
    }

    private static bool IsKnown(EconomicOrderStatus status, OrderImportCheckpoint checkpoint, SortedSet<int> knownNumbers, EconomicOrder item)
    {
        if (status == EconomicOrderStatus.Archived)
        {
            // NOTE: archived orders are matched by number only, because the archived collection has no
            // lastUpdated. An archived order cannot be changed in e-conomic, so a known number is final.
            return knownNumbers.Contains(item.OrderNumber);
        }

        return item.LastUpdated is { } lastUpdated
            && checkpoint.Recent.TryGetValue(item.OrderNumber, out var known)
            && known == lastUpdated;
    }

    private async Task<bool> ImportOrderAsync(EconomicOrderStatus status, EconomicOrder item, CancellationToken cancellationToken)
    {
        var number = item.OrderNumber.ToString(CultureInfo.InvariantCulture);
        try
        {
            var order = await _orders.GetOrderAsync(status.ToPathSegment(), item.OrderNumber, cancellationToken);

            return await ApplyAsync(status, order with { LastUpdated = order.LastUpdated ?? item.LastUpdated }, cancellationToken);
        }
        catch (Exception exception) when (IsOrderFailure(exception))
        {
            await _writer.RecordFailureAsync(number, exception, cancellationToken);
            return false;
        }
    }

    /// <summary>
    /// Maps a full order document (lines included) with its customer and applies it to the warehouse. The
    /// webhook queue calls this with the order it read itself.
    /// </summary>
    /// <returns>False when the warehouse returned an outcome the import cannot handle.</returns>
    /// <exception cref="InvalidDataException">The order has no customer, date or currency.</exception>
    public async Task<bool> ApplyAsync(EconomicOrderStatus status, EconomicOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);

        var number = order.OrderNumber.ToString(CultureInfo.InvariantCulture);
        var customerNumber = order.Customer?.CustomerNumber
            ?? throw new InvalidDataException($"e-conomic order {number} has no customer; set the customer on the order in e-conomic.");
        var (customer, customerWarnings) = await _customers.GetAsync(customerNumber, cancellationToken);
        var warnings = new MappingWarnings();
        var mapped = OrderMapper.Map(order, status, customer, warnings);

        return await _writer.WriteAsync(mapped, customerWarnings.Messages.Concat(warnings.Messages), cancellationToken);
    }

    private static bool IsOrderFailure(Exception exception) =>
        exception is EconomicApiException { IsAccessDenied: false }
            or HttpRequestException
            or TimeoutRejectedException
            or InvalidDataException;

    private async Task<OrderImportCheckpoint> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var json = await _installation.State.GetAsync(key, cancellationToken);
        if (json is null)
        {
            return OrderImportCheckpoint.Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<OrderImportCheckpoint>(json, CheckpointJson.Options) ?? OrderImportCheckpoint.Empty;
        }
        catch (JsonException exception)
        {
            // An unreadable checkpoint only costs one full read; the warehouse upsert keeps it idempotent.
            Log.CheckpointUnreadable(_logger, key, _installation.InstallationId, exception.Message);
            return OrderImportCheckpoint.Empty;
        }
    }
}
