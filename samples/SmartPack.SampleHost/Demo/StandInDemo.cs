using Economic.StandIn;

namespace SmartPack.SampleHost.Demo;

/// <summary>
/// Starts the e-conomic stand-in inside the sample host and points the Economic plugin at it, so that
/// the sample runs end to end on a machine that cannot reach e-conomic. Switched by
/// <c>SampleHost:StandIn:Enabled</c>; with it off, the plugin talks to the configured API address.
/// </summary>
internal static class StandInDemo
{
    private const string Section = "SampleHost:StandIn";

    /// <summary>
    /// Starts the stand-in when it is enabled and adds the configuration that connects a "demo"
    /// installation to its demo agreement. Values the user configured explicitly win.
    /// </summary>
    /// <returns>The running stand-in, or null when it is disabled.</returns>
    public static async Task<StandInServer?> StartIfEnabledAsync(
        ConfigurationManager configuration,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        if (!configuration.GetValue($"{Section}:Enabled", defaultValue: false))
        {
            return null;
        }

        var options = new StandInOptions { Port = configuration.GetValue($"{Section}:Port", defaultValue: 0) };
        var standIn = await StandInServer.StartAsync(options, cancellationToken);

        var values = new Dictionary<string, string?>
        {
            ["Plugins:Economic:ApiBaseUrl"] = standIn.BaseUrl.ToString(),
            ["Plugins:Economic:AppSecretToken"] = options.AppSecretToken,
        };
        if (!configuration.GetSection("SampleHost:DefaultInstallation").Exists())
        {
            values["SampleHost:DefaultInstallation:InstallationId"] = "demo";
            values["SampleHost:DefaultInstallation:Settings:grantToken"] = options.DemoGrantToken;
        }

        configuration.AddInMemoryCollection(values);
        Console.WriteLine($"e-conomic stand-in with the demo agreement at {standIn.BaseUrl}");

        return standIn;
    }
}
