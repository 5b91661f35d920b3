namespace SmartPack.SampleHost.Scheduling;

/// <summary>The names of the host's built-in tasks; a plugin's own tasks use their IScheduledTask.Name.</summary>
internal static class TaskNames
{
    public const string OrderImport = "order-import";
    public const string ProductSync = "product-sync";
}
