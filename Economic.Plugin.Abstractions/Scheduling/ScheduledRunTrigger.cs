namespace Economic.Plugin.Abstractions.Scheduling;

/// <summary>Why a scheduled task runs.</summary>
public enum ScheduledRunTrigger
{
    /// <summary>Its scheduled time came.</summary>
    Schedule,

    /// <summary>The admin pressed "sync now".</summary>
    Manual,
}
