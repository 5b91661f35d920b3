namespace Economic.StandIn;

/// <summary>An accounting year of a stand-in agreement.</summary>
/// <param name="Year">e-conomic's name of the year: "2026", or "2026/2027" for a year that spans two calendar years.</param>
/// <param name="FromDate">The first day of the year.</param>
/// <param name="ToDate">The last day of the year.</param>
/// <param name="Closed">True when the year takes no more entries.</param>
public sealed record StandInAccountingYear(string Year, DateOnly FromDate, DateOnly ToDate, bool Closed = false)
{
    /// <summary>Returns whether <paramref name="date"/> falls within the year, both ends included.</summary>
    public bool Contains(DateOnly date) => date >= FromDate && date <= ToDate;
}
