using Economic.Plugin.Abstractions;
using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>
/// One run of the webhook queue for one installation: the e-conomic session, created on first use so
/// that an empty queue sends no request, and what the run did so far.
/// </summary>
internal sealed class QueueRun(InstallationContext installation, Func<EconomicSession> createSession) : IDisposable
{
    private EconomicSession? _session;

    public InstallationContext Installation { get; } = installation;

    /// <exception cref="EconomicSettingsException">The connection settings are missing or invalid.</exception>
    public EconomicSession Session => _session ??= createSession();

    /// <summary>The HTTP requests sent to e-conomic during the run.</summary>
    public int ApiCalls => _session?.CallCount ?? 0;

    /// <summary>Records applied: created, changed, moved or deleted.</summary>
    public int Applied { get; set; }

    /// <summary>Records postponed, because they were not found yet.</summary>
    public int Postponed { get; set; }

    public void Dispose() => _session?.Dispose();
}
