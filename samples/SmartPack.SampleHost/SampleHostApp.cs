namespace SmartPack.SampleHost;

/// <summary>Starts the sample host.</summary>
public static class SampleHostApp
{
    /// <summary>Runs the sample host until it is stopped.</summary>
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        await using var app = builder.Build();
        await app.RunAsync();
        return 0;
    }
}
