using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class EconomicFilterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("$", "$$")]
    [InlineData("(", "$(")]
    [InlineData(")", "$)")]
    [InlineData("*", "$*")]
    [InlineData(",", "$,")]
    [InlineData("a$b(c)d*e,f", "a$$b$(c$)d$*e$,f")]
    public void Escape_SpecialCharacter_GetsDollarPrefix(string value, string expected)
    {
        var escaped = EconomicFilter.Escape(value, escapeBrackets: true);

        Assert.Equal(expected, escaped);
    }

    [Fact]
    public void Equal_Brackets_StayUnescaped()
    {
        var filter = new EconomicFilter().Equal("productNumber", "A[1]");

        Assert.Equal("productNumber$eq:A[1]", filter.ToString());
    }

    [Fact]
    public void Contains_Brackets_AreEscaped()
    {
        var filter = new EconomicFilter().Contains("name", "A[1]");

        Assert.Equal("name$like:A$[1$]", filter.ToString());
    }

    [Fact]
    public void GreaterThanOrEqual_Timestamp_IsUtc()
    {
        var filter = new EconomicFilter().GreaterThanOrEqual("lastUpdated", new DateTimeOffset(2026, 12, 4, 16, 5, 9, 987, TimeSpan.FromHours(1)));

        Assert.Equal("lastUpdated$gte:2026-12-04T15:05:09Z", filter.ToString());
    }

    [Fact]
    public void SeveralPredicates_AreJoinedWithAnd()
    {
        var filter = new EconomicFilter().Equal("customer.customerNumber", 1000).NotEqual("currency", "EUR");

        Assert.Equal("customer.customerNumber$eq:1000$and:currency$ne:EUR", filter.ToString());
    }

    [Fact]
    public void ToQueryValue_Empty_IsNull()
    {
        var filter = new EconomicFilter();

        Assert.Null(filter.ToQueryValue());
    }
}
