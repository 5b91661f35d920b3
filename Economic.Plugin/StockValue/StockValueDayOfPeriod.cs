namespace Economic.Plugin.StockValue;

/// <summary>
/// The day of a month, quarter, half-year or year on which the stock value is posted, set by
/// stockValueDayOfPeriod.
/// </summary>
internal enum StockValueDayOfPeriod
{
    /// <summary>The first day of the period, such as 1 April for the second quarter.</summary>
    First,

    /// <summary>The last day of the period, such as 30 June for the second quarter.</summary>
    Last,
}
