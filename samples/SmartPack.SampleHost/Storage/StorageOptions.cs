namespace SmartPack.SampleHost.Storage;

/// <summary>Where the host keeps its data (configuration section "SampleHost").</summary>
internal sealed record StorageOptions
{
    /// <summary>The SQLite database file, relative to the content root. The Data Protection key ring sits in a "keys" folder beside it.</summary>
    public string DatabasePath { get; init; } = Path.Combine("data", "smartpack.db");
}
