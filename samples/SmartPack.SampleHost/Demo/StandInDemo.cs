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
    /// installation to its demo agreement. A default installation id or grant token that the user
    /// configured wins; other default installation settings, such as the invoice-draft switch, are kept.
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

        // While the stand-in runs, the plugin talks to it, whatever API address is configured.
        var values = new Dictionary<string, string?>
        {
            ["Plugins:Economic:ApiBaseUrl"] = standIn.BaseUrl.ToString(),
            ["Plugins:Economic:AppSecretToken"] = options.AppSecretToken,
        };
        AddUnlessConfigured(configuration, values, "SampleHost:DefaultInstallation:InstallationId", "demo");
        AddUnlessConfigured(configuration, values, "SampleHost:DefaultInstallation:Settings:grantToken", options.DemoGrantToken);

        configuration.AddInMemoryCollection(values);
        Console.WriteLine($"e-conomic stand-in with the demo agreement at {standIn.BaseUrl}");

        return standIn;
    }

    private static void AddUnlessConfigured(
        ConfigurationManager configuration, Dictionary<string, string?> values, string key, string value)
    {
        if (string.IsNullOrWhiteSpace(configuration[key]))
        {
            values[key] = value;
        }
    }
}
