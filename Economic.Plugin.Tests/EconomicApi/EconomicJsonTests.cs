using System.Text.Json;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Orders;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class EconomicJsonTests
{
    [Theory]
    [InlineData("2022-06-24T08:25:00Z", "2022-06-24T08:25:00+00:00")]
    [InlineData("2022-06-24", "2022-06-24T00:00:00+00:00")]
    [InlineData("2022-06-24T08:25:00", "2022-06-24T08:25:00+00:00")]
    [InlineData("2022-06-24T10:25:00+02:00", "2022-06-24T08:25:00+00:00")]
    public void Deserialize_LastUpdated_AcceptsDateOrTimestamp(string text, string expected)
    {
        var order = JsonSerializer.Deserialize<EconomicOrder>($$"""{"orderNumber":1,"lastUpdated":"{{text}}"}""", EconomicJson.Options);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), order!.LastUpdated);
    }

    [Fact]
    public void Deserialize_AmountsAndDates_AreExact()
    {
        var order = JsonSerializer.Deserialize<EconomicOrder>("""{"orderNumber":1,"date":"2019-10-31","exchangeRate":745.123456,"lines":[{"unitNetPrice":9.98,"quantity":2.5}]}""", EconomicJson.Options);

        Assert.Equal(745.123456m, order!.ExchangeRate);
        Assert.Equal(new DateOnly(2019, 10, 31), order.Date);
        Assert.Equal(9.98m, order.Lines![0].UnitNetPrice);
        Assert.Equal(2.5m, order.Lines[0].Quantity);
    }

    [Fact]
    public void Serialize_NullMembers_AreOmitted()
    {
        var json = JsonSerializer.Serialize(new EconomicOrderRecipient { Name = "Fiktiv Kunde ApS" }, EconomicJson.Options);

        Assert.Equal("""{"name":"Fiktiv Kunde ApS"}""", json);
    }

    [Fact]
    public void Serialize_Enum_IsCamelCase()
    {
        var json = JsonSerializer.Serialize(EconomicOrderStatus.Draft, EconomicJson.Options);

        Assert.Equal("\"draft\"", json);
    }
}
