using Economic.Plugin.Tests.Host;
using Economic.StandIn;
using SmartPack.SampleHost.Installations;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueHostSettingsTests
{
    private const string AppSecret = "app-secret-host-5b2d";
    private const string Grant = "grant-host-c41e";

    [Fact]
    public async Task SaveSettings_MissingJournal_StoresNothing()
    {
        await using var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecret, SeedDemoAgreement = false });
        standIn.AddAgreement(Grant, 9200123, "Gemt ApS");
        await using var environment = Environment(standIn);
        await environment.Installations.InstallAsync("Economic", "shop-a", CancellationToken.None);
        Dictionary<string, string?> values = new() { ["grantToken"] = Grant, ["stockValueEnabled"] = "true", ["stockValueJournalNumber"] = "7" };

        var error = await Assert.ThrowsAsync<SettingsValidationException>(
            () => environment.Installations.SaveSettingsAsync("shop-a", values, CancellationToken.None));

        Assert.StartsWith("stockValueJournalNumber: Journal 7 was not found in e-conomic.", Assert.Single(error.Errors), StringComparison.Ordinal);
        var context = await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None);
        Assert.Null(context.Settings.GetString("stockValueJournalNumber"));
    }

    [Fact]
    public async Task SaveSettings_ExistingJournal_Stores()
    {
        await using var standIn = await StandInServer.StartAsync(new StandInOptions { AppSecretToken = AppSecret, SeedDemoAgreement = false });
        standIn.AddAgreement(Grant, 9200123, "Gemt ApS");
        await using var environment = Environment(standIn);
        await environment.Installations.InstallAsync("Economic", "shop-a", CancellationToken.None);
        Dictionary<string, string?> values = new() { ["grantToken"] = Grant, ["stockValueEnabled"] = "true", ["stockValueJournalNumber"] = "4" };

        await environment.Installations.SaveSettingsAsync("shop-a", values, CancellationToken.None);

        var context = await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None);
        Assert.Equal("4", context.Settings.GetString("stockValueJournalNumber"));
    }

    private static HostTestEnvironment Environment(StandInServer standIn) =>
        new(pluginsFolder: Path.GetDirectoryName(BuiltPlugin.Folder), settings: new Dictionary<string, string?>
        {
            ["Plugins:Economic:apiBaseUrl"] = standIn.BaseUrl.ToString(),
            ["Plugins:Economic:appSecretToken"] = AppSecret,
        });
}
