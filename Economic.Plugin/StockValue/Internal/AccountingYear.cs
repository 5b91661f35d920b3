namespace Economic.Plugin.StockValue.Internal;

/// <summary>An accounting year from <c>GET /accounting-years</c>.</summary>
internal sealed record AccountingYear
{
    /// <summary>e-conomic's name of the year: "2026", or "2026/2027" for a year that spans two calendar years.</summary>
    public required string Year { get; init; }

    public DateOnly FromDate { get; init; }

    public DateOnly ToDate { get; init; }

    /// <summary>True when the year is closed for further entries.</summary>
    public bool Closed { get; init; }

    /// <summary>Returns whether <paramref name="date"/> falls within the year, both ends included.</summary>
    public bool Contains(DateOnly date) => date >= FromDate && date <= ToDate;
}
