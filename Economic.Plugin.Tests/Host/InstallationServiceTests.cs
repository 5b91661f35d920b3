using System.Text;
using Economic.Plugin.Abstractions.Hosting;
using SmartPack.SampleHost.Installations;

namespace Economic.Plugin.Tests.Host;

public sealed class InstallationServiceTests
{
    private const string GrantToken = "grant-7f3a9c21-token";

    [Fact]
    public async Task SaveSettings_SecretGrantToken_EncryptedOnDiskDecryptedInContext()
    {
        await using var environment = new HostTestEnvironment(pluginsFolder: Path.GetDirectoryName(BuiltPlugin.Folder));
        await environment.Installations.InstallAsync("Economic", "shop-a", CancellationToken.None);

        await environment.Installations.SaveSettingsAsync("shop-a", new Dictionary<string, string?> { ["grantToken"] = GrantToken }, CancellationToken.None);

        var bytes = environment.ReadDatabaseBytes();
        Assert.NotEmpty(bytes);
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(GrantToken)));
        var context = await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None);
        Assert.Equal(GrantToken, context.Settings.GetString("grantToken"));
        Assert.DoesNotContain(GrantToken, context.Settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(environment.Logs.GetSnapshot(), log => log.Message.Contains(GrantToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Install_GeneratedWebhookSecret_Base64Url32BytesAndEncrypted()
    {
        await using var environment = new HostTestEnvironment(pluginsFolder: Path.GetDirectoryName(BuiltPlugin.Folder));

        await environment.Installations.InstallAsync("Economic", "shop-a", CancellationToken.None);

        var secret = (await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None)).Settings.GetString("webhookSecret");
        Assert.NotNull(secret);
        Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(secret).Length);
        Assert.Equal(-1, environment.ReadDatabaseBytes().AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
    }

    [Fact]
    public async Task CreateContext_HostSourcedAndDefaults_FilledFromConfigurationAndManifest()
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Plugins:Economic:AppSecretToken"] = "app-secret-from-config",
            ["Plugins:Economic:ApiBaseUrl"] = "http://127.0.0.1:5090/",
        };
        await using var environment = new HostTestEnvironment(pluginsFolder: Path.GetDirectoryName(BuiltPlugin.Folder), settings: configuration);
        await environment.Installations.InstallAsync("Economic", "shop-a", CancellationToken.None);

        var settings = (await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None)).Settings;

        Assert.Equal("app-secret-from-config", settings.GetString("appSecretToken"));
        Assert.True(settings.IsSecret("appSecretToken"));
        Assert.Equal("http://127.0.0.1:5090/", settings.GetString("apiBaseUrl"));
        Assert.Equal("monthly", settings.GetString("stockValueFrequency"));
        Assert.Equal(5520, settings.GetInt32("stockValueDebitAccount", null));
    }

    [Fact]
    public async Task SaveSettings_InvalidValues_ListsEveryErrorAndStoresNothing()
    {
        await using var environment = new HostTestEnvironment(plugin: TestPlugins.WithOrderSource(new RecordingOrderSource(TimeProvider.System)));
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);
        var values = new Dictionary<string, string?>
        {
            ["importDraftOrders"] = "yes",
            ["journalNumber"] = "12a",
            ["frequency"] = "hourly",
            ["appSecretToken"] = "x",
            ["colour"] = "blue",
        };

        var exception = await Assert.ThrowsAsync<SettingsValidationException>(
            () => environment.Installations.SaveSettingsAsync("shop-a", values, CancellationToken.None));

        Assert.Equal(
            [
                "Setting 'importDraftOrders' has the value 'yes', which is not true or false.",
                "Setting 'journalNumber' has the value '12a', which is not a whole number.",
                "Setting 'frequency' has the value 'hourly'; use one of: daily, monthly.",
                "Setting 'appSecretToken' comes from the host's configuration (Plugins:Test:appSecretToken); set it there instead.",
                "Plugin 'Test' has no setting 'colour'; remove it.",
                "Setting 'grantToken' (grantToken) is required; enter a value.",
            ],
            exception.Errors);
        var settings = (await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None)).Settings;
        Assert.Equal("false", settings.GetString("importDraftOrders"));
    }

    [Fact]
    public async Task TwoInstallations_SameOrderNumber_SeparateOrdersStateAndLogs()
    {
        await using var environment = new HostTestEnvironment(plugin: TestPlugins.WithOrderSource(new RecordingOrderSource(TimeProvider.System)));
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-b", CancellationToken.None);
        await environment.Installations.SaveSettingsAsync("shop-a", new Dictionary<string, string?> { ["grantToken"] = "grant-a" }, CancellationToken.None);
        await environment.Installations.SaveSettingsAsync("shop-b", new Dictionary<string, string?> { ["grantToken"] = "grant-b" }, CancellationToken.None);
        var shopA = await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None);
        var shopB = await environment.Installations.CreateContextAsync("shop-b", CancellationToken.None);

        var insertedA = await shopA.Warehouse.UpsertOrderAsync(TestOrders.Create("1042", quantity: 1m), CancellationToken.None);
        var insertedB = await shopB.Warehouse.UpsertOrderAsync(TestOrders.Create("1042", quantity: 9m), CancellationToken.None);
        await shopA.State.SetAsync("checkpoint", "a", CancellationToken.None);
        await shopA.SyncLog.WriteAsync(new SyncLogEntry(SyncArea.Orders, SyncStatus.Success, "Order 1042 imported."), CancellationToken.None);

        Assert.Equal(ChangeResult.Inserted, insertedA);
        Assert.Equal(ChangeResult.Inserted, insertedB);
        Assert.Equal(1m, (await shopA.Warehouse.GetOrderAsync("1042", CancellationToken.None))!.Order.Lines[0].Quantity);
        Assert.Equal(9m, (await shopB.Warehouse.GetOrderAsync("1042", CancellationToken.None))!.Order.Lines[0].Quantity);
        Assert.Null(await shopB.State.GetAsync("checkpoint", CancellationToken.None));
        Assert.Single(await environment.Installations.GetSyncLog("shop-a").QueryAsync(new(), CancellationToken.None));
        Assert.Empty(await environment.Installations.GetSyncLog("shop-b").QueryAsync(new(), CancellationToken.None));
        Assert.Equal("grant-a", shopA.Settings.GetString("grantToken"));
        Assert.Equal("grant-b", shopB.Settings.GetString("grantToken"));
        Assert.NotEqual(shopA.Settings.GetString("webhookSecret"), shopB.Settings.GetString("webhookSecret"));
    }

    [Fact]
    public async Task Uninstall_Installation_SettingsAndStateGoOrdersStay()
    {
        await using var environment = new HostTestEnvironment(plugin: TestPlugins.WithOrderSource(new RecordingOrderSource(TimeProvider.System)));
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);
        var context = await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None);
        await context.Warehouse.UpsertOrderAsync(TestOrders.Create("1042"), CancellationToken.None);
        await context.State.SetAsync("checkpoint", "a", CancellationToken.None);

        await environment.Installations.UninstallAsync("shop-a", CancellationToken.None);
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);

        var reinstalled = await environment.Installations.CreateContextAsync("shop-a", CancellationToken.None);
        Assert.Null(await reinstalled.State.GetAsync("checkpoint", CancellationToken.None));
        Assert.NotEqual(context.Settings.GetString("webhookSecret"), reinstalled.Settings.GetString("webhookSecret"));
        Assert.NotNull(await reinstalled.Warehouse.GetOrderAsync("1042", CancellationToken.None));
    }

    [Fact]
    public async Task Install_TakenId_RejectedWithId()
    {
        await using var environment = new HostTestEnvironment(plugin: TestPlugins.WithOrderSource(new RecordingOrderSource(TimeProvider.System)));
        await environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => environment.Installations.InstallAsync(TestPlugins.Id, "shop-a", CancellationToken.None));

        Assert.StartsWith("An installation with id 'shop-a' already exists.", exception.Message);
    }

    [Fact]
    public async Task DefaultInstallation_Configured_CreatedWithSettings()
    {
        var configuration = new Dictionary<string, string?>
        {
            ["SampleHost:DefaultInstallation:PluginId"] = "Economic",
            ["SampleHost:DefaultInstallation:InstallationId"] = "demo",
            ["SampleHost:DefaultInstallation:Settings:grantToken"] = GrantToken,
            ["SampleHost:DefaultInstallation:Settings:importDraftOrders"] = "true",
        };
        await using var environment = new HostTestEnvironment(pluginsFolder: Path.GetDirectoryName(BuiltPlugin.Folder), settings: configuration);

        await environment.Get<DefaultInstallationSetup>().EnsureAsync(CancellationToken.None);
        await environment.Get<DefaultInstallationSetup>().EnsureAsync(CancellationToken.None);

        var installation = Assert.Single(await environment.Installations.ListAsync(CancellationToken.None));
        Assert.Equal(("demo", "Economic"), (installation.Id, installation.PluginId));
        var settings = (await environment.Installations.CreateContextAsync("demo", CancellationToken.None)).Settings;
        Assert.Equal(GrantToken, settings.GetString("grantToken"));
        Assert.True(settings.GetBoolean("importDraftOrders", false));
        Assert.DoesNotContain(environment.Logs.GetSnapshot(), log => log.Message.Contains(GrantToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DefaultInstallation_InvalidSettings_LeavesNoInstallation()
    {
        var configuration = new Dictionary<string, string?>
        {
            ["SampleHost:DefaultInstallation:PluginId"] = "Economic",
            ["SampleHost:DefaultInstallation:Settings:importDraftOrders"] = "maybe",
        };
        await using var environment = new HostTestEnvironment(pluginsFolder: Path.GetDirectoryName(BuiltPlugin.Folder), settings: configuration);

        await environment.Get<DefaultInstallationSetup>().EnsureAsync(CancellationToken.None);

        Assert.Empty(await environment.Installations.ListAsync(CancellationToken.None));
        Assert.Contains(environment.Logs.GetSnapshot(), log => log.Message.Contains("importDraftOrders", StringComparison.Ordinal));
    }
}
