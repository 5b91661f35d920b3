using Economic.Plugin.Abstractions;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>One run of the webhook queue for one installation, with what it did so far.</summary>
internal sealed class QueueRun(InstallationContext installation)
{
    public InstallationContext Installation { get; } = installation;

    /// <summary>Records applied: created, changed, moved or deleted.</summary>
    public int Applied { get; set; }

    /// <summary>Records postponed, because they were not found yet or their re-read failed.</summary>
    public int Postponed { get; set; }
}
