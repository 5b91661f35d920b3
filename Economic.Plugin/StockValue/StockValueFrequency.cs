namespace Economic.Plugin.StockValue;

/// <summary>How often the stock value is posted, set by stockValueFrequency.</summary>
internal enum StockValueFrequency
{
    /// <summary>Every day.</summary>
    Daily,

    /// <summary>Once a week, on the configured weekday.</summary>
    Weekly,

    /// <summary>Once a calendar month.</summary>
    Monthly,

    /// <summary>Once a calendar quarter (January to March, April to June, and so on).</summary>
    Quarterly,

    /// <summary>Once a half-year (January to June, July to December).</summary>
    HalfYearly,

    /// <summary>Once a calendar year.</summary>
    Yearly,
}
