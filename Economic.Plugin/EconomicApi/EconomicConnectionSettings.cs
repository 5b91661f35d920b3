using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.EconomicApi;

/// <summary>The address and tokens one installation uses to reach e-conomic.</summary>
/// <param name="BaseUrl">The REST API address, such as https://restapi.e-conomic.com/.</param>
/// <param name="AppSecretToken">The app's secret token, sent as X-AppSecretToken.</param>
/// <param name="GrantToken">The agreement grant token, sent as X-AgreementGrantToken.</param>
internal sealed record EconomicConnectionSettings(Uri BaseUrl, string AppSecretToken, string GrantToken)
{
    /// <summary>The setting key of the API address.</summary>
    public const string ApiBaseUrlKey = "apiBaseUrl";

    /// <summary>The setting key of the app secret token.</summary>
    public const string AppSecretTokenKey = "appSecretToken";

    /// <summary>The setting key of the agreement grant token.</summary>
    public const string GrantTokenKey = "grantToken";

    /// <summary>The address used when the setting is empty.</summary>
    public const string DefaultApiBaseUrl = "https://restapi.e-conomic.com";

    /// <summary>Reads and validates the settings, listing every problem at once.</summary>
    /// <exception cref="EconomicSettingsException">A setting is missing or invalid.</exception>
    public static EconomicConnectionSettings Read(PluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var problems = new List<string>();
        var baseUrl = ReadBaseUrl(settings.GetString(ApiBaseUrlKey) ?? DefaultApiBaseUrl, problems);
        var appSecretToken = settings.GetString(AppSecretTokenKey);
        var grantToken = settings.GetString(GrantTokenKey);
        if (appSecretToken is null)
        {
            problems.Add($"The app secret token ('{AppSecretTokenKey}') is missing; the host must supply it.");
        }

        if (grantToken is null)
        {
            problems.Add($"The agreement grant token ('{GrantTokenKey}') is missing; generate one in e-conomic and save it in the plugin settings.");
        }

        if (problems.Count > 0)
        {
            throw new EconomicSettingsException(problems);
        }

        return new EconomicConnectionSettings(baseUrl!, appSecretToken!, grantToken!);
    }

    /// <summary>Lists the settings without the tokens.</summary>
    public override string ToString() => $"BaseUrl={BaseUrl}, AppSecretToken=***, GrantToken=***";

    private static Uri? ReadBaseUrl(string text, List<string> problems)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"The e-conomic API address ('{ApiBaseUrlKey}') '{text}' is not an absolute http(s) URL.");
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
        {
            problems.Add($"The e-conomic API address ('{ApiBaseUrlKey}') '{text}' must use https. "
                + "Plain http is accepted only for a loopback address, such as a local stand-in.");
            return null;
        }

        var withSlash = url.AbsoluteUri.EndsWith('/') ? url.AbsoluteUri : url.AbsoluteUri + "/";
        return new Uri(withSlash);
    }
}
