using Microsoft.Extensions.Logging.Abstractions;
using SmartPack.SampleHost.Plugins;

namespace Economic.Plugin.Tests.Host;

public sealed class PluginManifestTests
{
    [Fact]
    public async Task Load_ContractVersion2_RejectedAndOtherPluginLoads()
    {
        using var folder = new TempFolder();
        BuiltPlugin.CopyTo(folder.Path);
        var future = BuiltPlugin.CopyTo(folder.Path, "Future");
        RewriteManifest(future, manifest => manifest.Replace("\"Economic\"", "\"Future\"").Replace("\"1.0\"", "\"2.0\""));

        await using var catalog = CreateLoader().Load(folder.Path);

        var unavailable = Assert.Single(catalog.Unavailable);
        Assert.Equal("Future", unavailable.Name);
        Assert.Contains("asks for host contract version 2.0", unavailable.Reason);
        Assert.Contains("serves contract version 1.0", unavailable.Reason);
        Assert.Contains(Path.Combine(future, "plugin.manifest.json"), unavailable.Reason);
        Assert.NotNull(catalog.Find("Economic"));
    }

    [Fact]
    public void Read_MissingManifest_NamesFolder()
    {
        using var folder = new TempFolder();

        var exception = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(folder.Path, "1.0"));

        Assert.Contains($"The plugin folder '{folder.Path}' has no plugin.manifest.json", exception.Message);
    }

    [Fact]
    public void Read_MalformedJson_NamesFile()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("plugin.manifest.json"), "{ \"id\": \"Economic\", ");

        var exception = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(folder.Path, "1.0"));

        Assert.Contains($"The manifest '{folder.Combine("plugin.manifest.json")}' is not valid JSON", exception.Message);
    }

    [Fact]
    public void Read_MissingFields_ListsThem()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("plugin.manifest.json"), """{ "id": "Economic", "displayName": "e-conomic", "version": "1.0.0" }""");

        var exception = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(folder.Path, "1.0"));

        Assert.Contains("missing the required field(s) entryAssembly, contractVersion", exception.Message);
    }

    [Fact]
    public void Read_EntryAssemblyNotInFolder_NamesAssemblyAndFolder()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(BuiltPlugin.Folder, "plugin.manifest.json"), folder.Combine("plugin.manifest.json"));

        var exception = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(folder.Path, "1.0"));

        Assert.Contains($"names the entry assembly 'Economic.Plugin.dll', but the folder '{folder.Path}' has no such file", exception.Message);
    }

    [Theory]
    [InlineData("../../SmartPack.SampleHost.dll")]
    [InlineData("sub/Economic.Plugin.dll")]
    public void Read_EntryAssemblyOutsideFolder_Rejected(string entryAssembly)
    {
        using var folder = new TempFolder();
        var pluginFolder = BuiltPlugin.CopyTo(folder.Path);
        RewriteManifest(pluginFolder, manifest => manifest.Replace("\"Economic.Plugin.dll\"", $"\"{entryAssembly}\""));

        var exception = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(pluginFolder, "1.0"));

        Assert.Contains($"names the entry assembly '{entryAssembly}', which is not a plain file name", exception.Message);
    }

    [Fact]
    public void Read_UnknownSettingType_NamesSettingAndType()
    {
        using var folder = new TempFolder();
        var pluginFolder = BuiltPlugin.CopyTo(folder.Path);
        RewriteManifest(pluginFolder, manifest => manifest.Replace("\"type\": \"int\"", "\"type\": \"decimal\""));

        var exception = Assert.Throws<PluginManifestException>(() => PluginManifestReader.Read(pluginFolder, "1.0"));

        Assert.Contains("gives setting 'stockValueJournalNumber' the unknown type 'decimal'", exception.Message);
    }

    [Theory]
    [InlineData("1.0", "1.0", true)]
    [InlineData("1.0", "1.3", true)]
    [InlineData("1.2", "1.1", false)]
    [InlineData("2.0", "1.9", false)]
    [InlineData("0.9", "1.0", false)]
    public void Read_ContractVersion_AcceptsSameMajorAndLowerMinor(string requested, string host, bool accepted)
    {
        using var folder = new TempFolder();
        var pluginFolder = BuiltPlugin.CopyTo(folder.Path);
        RewriteManifest(pluginFolder, manifest => manifest.Replace("\"contractVersion\": \"1.0\"", $"\"contractVersion\": \"{requested}\""));

        var exception = Record.Exception(() => PluginManifestReader.Read(pluginFolder, host));

        Assert.Equal(accepted, exception is null);
    }

    [Fact]
    public void Read_RepositoryManifest_ParsesEverySetting()
    {
        var manifest = PluginManifestReader.Read(BuiltPlugin.Folder, "1.0");

        Assert.Equal("Economic", manifest.Id);
        Assert.True(manifest.FindSetting("grantToken")!.Secret);
        Assert.True(manifest.FindSetting("apiBaseUrl")!.IsFromHost);
        Assert.True(manifest.FindSetting("webhookSecret")!.Generated);
        Assert.Equal(6, manifest.FindSetting("stockValueFrequency")!.Options.Count);
    }

    private static void RewriteManifest(string pluginFolder, Func<string, string> rewrite)
    {
        var path = Path.Combine(pluginFolder, "plugin.manifest.json");
        File.WriteAllText(path, rewrite(File.ReadAllText(path)));
    }

    private static PluginCatalogLoader CreateLoader() => new(TimeProvider.System, NullLoggerFactory.Instance);
}
