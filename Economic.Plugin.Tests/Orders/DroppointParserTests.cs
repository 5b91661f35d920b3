using Economic.Plugin.Orders.Internal;

namespace Economic.Plugin.Tests.Orders;

public sealed class DroppointParserTests
{
    [Theory]
    [InlineData("GLS Pakkeshop 96512", "GLS", "96512")]
    [InlineData("PostNord Servicepoint 3456", "PostNord", "3456")]
    [InlineData("DAO Pakkeshop 2811", "DAO", "2811")]
    [InlineData("gls pakkeshop 96512", "gls", "96512")]
    [InlineData("PostNord Service point: 3456", "PostNord", "3456")]
    [InlineData("Bring Parcelshop #A1234", "Bring", "A1234")]
    [InlineData("DAO Pakkeshop nr. 2811", "DAO", "2811")]
    [InlineData("PostNord Pakkeboks 7702", "PostNord", "7702")]
    [InlineData("Budbee Droppoint 55", "Budbee", "55")]
    [InlineData("PostNord Udleveringssted 1234", "PostNord", "1234")]
    [InlineData("Levering: GLS Pakkeshop 96512", "GLS", "96512")]
    public void Parse_CarrierKindAndId_ReturnsDroppoint(string deliveryTerms, string carrier, string id)
    {
        var droppoint = DroppointParser.Parse(deliveryTerms);

        Assert.Equal(new DroppointReference(carrier, id), droppoint);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Afhentes")]
    [InlineData("GLS Pakkeshop")]
    [InlineData("GLS Pakkeshop Aarhus")]
    [InlineData("Netto 8 dage")]
    [InlineData("PostNord Erhvervspakke 3456")]
    public void Parse_NoDroppoint_ReturnsNull(string? deliveryTerms)
    {
        var droppoint = DroppointParser.Parse(deliveryTerms);

        Assert.Null(droppoint);
    }
}
