namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>
/// The link to e-conomic's installation page, where a user of an agreement grants the app access and
/// gets the grant token to paste into the settings. It needs the app's public token from the host's
/// configuration (Plugins:Economic:AppPublicToken).
/// </summary>
internal static class GrantTokenLink
{
    public const string PluginId = "Economic";
    public const string SettingKey = "grantToken";
    public const string ConfigurationKey = "Plugins:Economic:AppPublicToken";

    private const string RequestAccessPage = "https://secure.e-conomic.com/secure/api1/requestaccess.aspx";

    /// <summary>Returns the link for the plugin's grant token field, or null when the plugin is not Economic or no public token is configured.</summary>
    public static Uri? For(string pluginId, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var appPublicToken = configuration[ConfigurationKey];
        if (!string.Equals(pluginId, PluginId, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(appPublicToken))
        {
            return null;
        }

        return new Uri($"{RequestAccessPage}?appPublicToken={Uri.EscapeDataString(appPublicToken)}&locale=da-DK");
    }
}
