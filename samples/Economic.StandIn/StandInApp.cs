namespace Economic.StandIn;

/// <summary>Starts the e-conomic stand-in from the command line.</summary>
public static class StandInApp
{
    /// <summary>
    /// Runs the stand-in until Ctrl+C. Options: <c>--urls http://127.0.0.1:5090</c> (loopback only; the port is used),
    /// <c>--agreement-folder PATH</c> (serve a folder of e-conomic JSON documents instead of the demo agreement).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        var arguments = new ConfigurationBuilder().AddCommandLine(args).Build();
        if (!TryReadPort(arguments["urls"], out var port))
        {
            await Console.Error.WriteLineAsync($"The --urls value '{arguments["urls"]}' is not an http://127.0.0.1:PORT address; the stand-in listens on loopback only.");
            return 2;
        }

        var options = new StandInOptions { Port = port, AgreementFolder = arguments["agreement-folder"] };
        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopping.Cancel();
        };

        await using var server = await StandInServer.StartAsync(options, stopping.Token);
        // These are the stand-in's own demo tokens, not secrets of any real agreement.
        Console.WriteLine($"e-conomic stand-in on {server.BaseUrl}");
        Console.WriteLine($"X-AppSecretToken: {options.AppSecretToken}");
        Console.WriteLine($"X-AgreementGrantToken: {options.DemoGrantToken}");
        await server.WaitForShutdownAsync(stopping.Token);

        return 0;
    }

    private static bool TryReadPort(string? urls, out int port)
    {
        port = 5090;
        if (string.IsNullOrWhiteSpace(urls))
        {
            return true;
        }

        return Uri.TryCreate(urls.Split(';')[0], UriKind.Absolute, out var url)
            && url.IsLoopback
            && (port = url.Port) > 0;
    }
}
