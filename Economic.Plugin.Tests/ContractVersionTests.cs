using Economic.Plugin.Abstractions;

namespace Economic.Plugin.Tests;

public sealed class ContractVersionTests
{
    [Fact]
    public void Current_IsMajorDotMinor()
    {
        var parts = ContractVersion.Current.Split('.');

        Assert.Equal(2, parts.Length);
        Assert.All(parts, part => Assert.True(int.TryParse(part, out _), $"'{part}' is not a number."));
    }
}
