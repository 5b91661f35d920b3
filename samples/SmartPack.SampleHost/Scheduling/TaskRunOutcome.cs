using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Scheduling;

namespace SmartPack.SampleHost.Scheduling;

/// <summary>The outcome of one task run.</summary>
/// <param name="Succeeded">False when the run failed or stopped part-way.</param>
/// <param name="Message">A sentence for the admin.</param>
/// <param name="Counts">The counts of an order import or product sync; null for other tasks.</param>
internal sealed record TaskRunOutcome(bool Succeeded, string Message, ImportResult? Counts = null)
{
    /// <summary>Describes an import's counts; the run failed when it stopped early or a record failed.</summary>
    /// <param name="result">The import's counts.</param>
    /// <param name="records">The plural noun of what was imported, such as "orders".</param>
    public static TaskRunOutcome FromImport(ImportResult result, string records)
    {
        var counts = $"{result.Inserted} {records} inserted, {result.Updated} updated, {result.Skipped} skipped, " +
            $"{result.Failed} failed, {result.ApiCalls} API calls.";
        return result.Error is null
            ? new TaskRunOutcome(result.Failed == 0, counts, result)
            : new TaskRunOutcome(false, $"{result.Error} {counts}", result);
    }

    public static TaskRunOutcome FromTaskResult(ScheduledTaskResult result) => new(result.Succeeded, result.Message);
}
