using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Scheduling;

namespace Economic.Plugin.StockValue;

/// <summary>One stock value run: for which installation, where to post, and for which period.</summary>
/// <param name="Installation">The installation whose warehouse, state and sync log the run uses.</param>
/// <param name="Target">The journal and accounts.</param>
/// <param name="PeriodKey">The period the run posts for, such as "2026-03"; a period is posted at most once.</param>
/// <param name="PostingDate">The voucher date, in Copenhagen time.</param>
/// <param name="Trigger">Whether the schedule or the admin started the run.</param>
internal sealed record StockValueRun(
    InstallationContext Installation,
    StockValueTarget Target,
    string PeriodKey,
    DateOnly PostingDate,
    ScheduledRunTrigger Trigger);
