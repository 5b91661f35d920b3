using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class EconomicIdentifierTests
{
    [Theory]
    [InlineData("<", "_0_")]
    [InlineData(">", "_1_")]
    [InlineData("*", "_2_")]
    [InlineData("%", "_3_")]
    [InlineData(":", "_4_")]
    [InlineData("&", "_5_")]
    [InlineData("/", "_6_")]
    [InlineData("\\", "_7_")]
    [InlineData("_", "_8_")]
    [InlineData(" ", "_9_")]
    [InlineData("?", "_10_")]
    [InlineData(".", "_11_")]
    [InlineData("#", "_12_")]
    [InlineData("+", "_13_")]
    [InlineData("\"", "%22")]
    [InlineData("æ", "%C3%A6")]
    [InlineData("00123", "00123")]
    [InlineData("My Awesome Product_Discount5%", "My_9_Awesome_9_Product_8_Discount5_3_")]
    public void EncodeForPath_Character_UsesEconomicEscape(string productNumber, string expected)
    {
        var encoded = EconomicIdentifier.EncodeForPath(productNumber);

        Assert.Equal(expected, encoded);
    }
}
