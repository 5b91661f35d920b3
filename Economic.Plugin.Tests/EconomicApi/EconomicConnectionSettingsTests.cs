using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class EconomicConnectionSettingsTests
{
    [Fact]
    public void Read_NoAddress_UsesEconomicDefault()
    {
        var settings = EconomicConnectionSettings.Read(Settings(("appSecretToken", "app"), ("grantToken", "grant")));

        Assert.Equal(new Uri("https://restapi.e-conomic.com/"), settings.BaseUrl);
        Assert.Equal("app", settings.AppSecretToken);
        Assert.Equal("grant", settings.GrantToken);
    }

    [Fact]
    public void Read_EverythingWrong_ListsEveryProblemAtOnce()
    {
        var exception = Assert.Throws<EconomicSettingsException>(() => EconomicConnectionSettings.Read(Settings(("apiBaseUrl", "http://example.com"))));

        Assert.Equal(3, exception.Problems.Count);
        Assert.Contains(exception.Problems, problem => problem.Contains("must use https", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, problem => problem.Contains("'appSecretToken'", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, problem => problem.Contains("'grantToken'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5090", "http://127.0.0.1:5090/")]
    [InlineData("http://localhost:5090/", "http://localhost:5090/")]
    [InlineData("http://[::1]:5090", "http://[::1]:5090/")]
    [InlineData("https://restapi.e-conomic.com", "https://restapi.e-conomic.com/")]
    public void Read_HttpsOrLoopback_IsAccepted(string address, string expected)
    {
        var settings = EconomicConnectionSettings.Read(Settings(("apiBaseUrl", address), ("appSecretToken", "app"), ("grantToken", "grant")));

        Assert.Equal(new Uri(expected), settings.BaseUrl);
    }

    [Theory]
    [InlineData("http://restapi.e-conomic.com")]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("not a url")]
    public void Read_InsecureOrInvalidAddress_IsRejected(string address)
    {
        var exception = Assert.Throws<EconomicSettingsException>(
            () => EconomicConnectionSettings.Read(Settings(("apiBaseUrl", address), ("appSecretToken", "app"), ("grantToken", "grant"))));

        var problem = Assert.Single(exception.Problems);
        Assert.Contains(address, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Always_HidesTokens()
    {
        var settings = new EconomicConnectionSettings(new Uri("https://restapi.e-conomic.com/"), "app-secret-1", "grant-secret-2");

        var text = settings.ToString();

        Assert.DoesNotContain("app-secret-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("grant-secret-2", text, StringComparison.Ordinal);
    }

    private static PluginSettings Settings(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(pair => pair.Key, pair => (string?)pair.Value), ["appSecretToken", "grantToken"]);
}
