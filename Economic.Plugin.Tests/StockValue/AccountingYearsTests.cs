using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.Tests.StockValue;

public sealed class AccountingYearsTests
{
    private static readonly AccountingYear[] Years =
    [
        new() { Year = "2025", FromDate = new(2025, 1, 1), ToDate = new(2025, 6, 30) },
        new() { Year = "2025/2026", FromDate = new(2025, 7, 1), ToDate = new(2026, 6, 30) },
        new() { Year = "2026/2027", FromDate = new(2026, 7, 1), ToDate = new(2027, 6, 30) },
    ];

    [Theory]
    [InlineData(2026, 3, 31, "2025/2026")]
    [InlineData(2026, 7, 1, "2026/2027")]
    [InlineData(2027, 6, 30, "2026/2027")]
    [InlineData(2025, 6, 30, "2025")]
    public void Find_DateInSplitYear_ReturnsYearName(int year, int month, int day, string expected)
    {
        var found = AccountingYears.Find(Years, new DateOnly(year, month, day));

        Assert.Equal(expected, found?.Year);
    }

    [Fact]
    public void Find_DateAfterLastYear_ReturnsNull()
    {
        var found = AccountingYears.Find(Years, new DateOnly(2027, 7, 1));

        Assert.Null(found);
    }
}
