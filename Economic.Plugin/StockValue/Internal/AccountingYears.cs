namespace Economic.Plugin.StockValue.Internal;

/// <summary>Finds the accounting year of a voucher date.</summary>
internal static class AccountingYears
{
    /// <summary>
    /// Returns the year whose date range contains <paramref name="date"/>, or null when no year does.
    /// The year's name comes from e-conomic ("2026", "2026/2027"), because a year may span two
    /// calendar years and last up to 18 months, so the calendar year of the date is not its name.
    /// </summary>
    public static AccountingYear? Find(IEnumerable<AccountingYear> years, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(years);

        return years.FirstOrDefault(year => year.Contains(date));
    }
}
