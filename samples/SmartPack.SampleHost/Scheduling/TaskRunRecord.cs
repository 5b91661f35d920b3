namespace SmartPack.SampleHost.Scheduling;

/// <summary>The stored run times of one task of one installation.</summary>
internal sealed record TaskRunRecord(
    string InstallationId,
    string TaskName,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset? LastRunAt,
    bool? LastSucceeded,
    string? LastResult,
    DateTimeOffset? NextRunAt);
