namespace Economic.Plugin.Orders.Internal;

/// <summary>
/// Collects what one run did with one order collection and builds the checkpoint to save afterwards.
/// A failed order keeps the checkpoint at or before its lastUpdated, so the next run reads it again.
/// </summary>
internal sealed class CheckpointTracker(OrderImportCheckpoint previous, TimeSpan overlap, bool rememberNumbers)
{
    private readonly Dictionary<int, DateTimeOffset> _handled = [];
    private readonly HashSet<int> _handledNumbers = [];
    private DateTimeOffset? _newest;
    private DateTimeOffset? _oldestFailure;

    /// <summary>Records an order that was applied, left unchanged or skipped because the checkpoint knew it.</summary>
    public void Handled(int orderNumber, DateTimeOffset? lastUpdated)
    {
        _handledNumbers.Add(orderNumber);
        if (lastUpdated is { } value)
        {
            _handled[orderNumber] = value;
            _newest = Max(_newest, value);
        }
    }

    /// <summary>Records an order that could not be imported, so the next run reads it again.</summary>
    public void Failed(DateTimeOffset? lastUpdated)
    {
        if (lastUpdated is { } value)
        {
            _newest = Max(_newest, value);
            _oldestFailure = _oldestFailure is null || value < _oldestFailure ? value : _oldestFailure;
        }
    }

    /// <summary>Builds the checkpoint that covers everything handled in this run.</summary>
    public OrderImportCheckpoint Build()
    {
        var lastUpdated = Max(previous.LastUpdated, _newest);
        if (_oldestFailure is { } failure && (lastUpdated is null || failure < lastUpdated))
        {
            lastUpdated = failure;
        }

        var windowStart = lastUpdated - overlap;
        var recent = _handled
            .Where(order => windowStart is null || order.Value >= windowStart)
            .ToDictionary(order => order.Key, order => order.Value);
        var numbers = OrderNumberRanges.Parse(previous.ArchivedNumbers);
        if (rememberNumbers)
        {
            numbers.UnionWith(_handledNumbers);
        }

        return new OrderImportCheckpoint
        {
            LastUpdated = lastUpdated,
            Recent = recent,
            ArchivedNumbers = numbers.Count == 0 ? null : OrderNumberRanges.Format(numbers),
        };
    }

    private static DateTimeOffset? Max(DateTimeOffset? first, DateTimeOffset? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        return first > second ? first : second;
    }
}
