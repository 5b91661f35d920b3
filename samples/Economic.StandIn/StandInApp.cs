namespace Economic.StandIn;

/// <summary>Starts the e-conomic stand-in.</summary>
public static class StandInApp
{
    /// <summary>Runs the stand-in until it is stopped.</summary>
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        await using var app = builder.Build();
        await app.RunAsync();
        return 0;
    }
}
