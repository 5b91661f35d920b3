using Economic.Plugin.Orders.Internal;

namespace Economic.Plugin.Tests.Orders;

public sealed class CountryMapperTests
{
    [Theory]
    [InlineData("Danmark", "DK")]
    [InlineData("Denmark", "DK")]
    [InlineData("DK", "DK")]
    [InlineData("dk", "DK")]
    [InlineData("DNK", "DK")]
    [InlineData("  danmark ", "DK")]
    [InlineData("Dänemark", "DK")]
    [InlineData("Sverige", "SE")]
    [InlineData("Schweden", "SE")]
    [InlineData("Deutschland", "DE")]
    [InlineData("Tyskland", "DE")]
    [InlineData("Norge", "NO")]
    [InlineData("Norwegen", "NO")]
    [InlineData("Storbritannien", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("GBR", "GB")]
    [InlineData("Holland", "NL")]
    [InlineData("Nederländerna", "NL")]
    [InlineData("Færøerne", "FO")]
    [InlineData("Grønland", "GL")]
    [InlineData("Østrig", "AT")]
    [InlineData("Schweiz", "CH")]
    [InlineData("USA", "US")]
    [InlineData("United States", "US")]
    [InlineData("Canada", "CA")]
    [InlineData("Kina", "CN")]
    [InlineData("China", "CN")]
    [InlineData("India", "IN")]
    public void ToAlpha2_KnownNameOrCode_ReturnsCode(string country, string expected)
    {
        var code = CountryMapper.ToAlpha2(country);

        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("aaaaaa")]
    [InlineData("XX")]
    [InlineData("")]
    [InlineData(null)]
    public void ToAlpha2_UnknownOrBlank_ReturnsNull(string? country)
    {
        var code = CountryMapper.ToAlpha2(country);

        Assert.Null(code);
    }

    [Fact]
    public void Rows_EveryCodeAndName_IsUnique()
    {
        var keys = CountryNames.Rows
            .SelectMany(row => new[] { row.Alpha2, row.Alpha3 }.Concat(row.Names.Split('|').Distinct(StringComparer.OrdinalIgnoreCase)))
            .GroupBy(key => key, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);

        Assert.Empty(keys);
    }
}
