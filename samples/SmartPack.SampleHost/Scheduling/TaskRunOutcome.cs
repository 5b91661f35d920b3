using Economic.Plugin.Abstractions;

namespace SmartPack.SampleHost.Scheduling;

/// <summary>The outcome of one task run.</summary>
/// <param name="Succeeded">False when the run failed or stopped part-way.</param>
/// <param name="Message">A sentence for the admin.</param>
/// <param name="Counts">The counts of an order import or product sync; null for other tasks.</param>
internal sealed record TaskRunOutcome(bool Succeeded, string Message, ImportResult? Counts = null);
