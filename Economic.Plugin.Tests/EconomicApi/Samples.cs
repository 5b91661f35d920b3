namespace Economic.Plugin.Tests.EconomicApi;

/// <summary>Reads the recorded e-conomic documents copied to the test output's Samples folder.</summary>
internal static class Samples
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", fileName));
}
