namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// The stock value that the books hold: the starting value, plus every change posted since. The
/// next run posts the difference between the current value and this value.
/// </summary>
/// <param name="Value">The value, with the rounding of earlier postings carried forward.</param>
/// <param name="RecordedAt">When this value was recorded.</param>
/// <param name="PeriodKey">The period of the posting that set the value; null for the starting value.</param>
internal sealed record StockValueBaseline(decimal Value, DateTimeOffset RecordedAt, string? PeriodKey);
