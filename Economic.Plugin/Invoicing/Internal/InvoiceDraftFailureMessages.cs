using System.Globalization;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Invoicing;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Words the sync log entry of a permanent invoice draft failure: what failed and what the admin does next.</summary>
internal static class InvoiceDraftFailureMessages
{
    private const string RetryHint = "then retry the draft from the admin page.";

    public static SyncLogEntry Describe(InvoiceDraftReport report, OrderPackedEvent packedEvent, InvoiceDraftAttemptResult result)
    {
        var order = packedEvent.OrderNumber;
        return result.Kind switch
        {
            InvoiceDraftAttemptKind.OrderNotOpen => report.Entry(
                SyncStatus.Error,
                $"No invoice draft was created for order {order} because e-conomic has no draft or sent order with that number: it was archived (turned into an invoice) or deleted. Check whether the order is invoiced in e-conomic; invoice it by hand if it is not."),
            InvoiceDraftAttemptKind.MissingRequiredMembers => report.Entry(
                SyncStatus.Error,
                $"No invoice draft was created for order {order} because the order in e-conomic has no {string.Join(", ", result.Build?.MissingRequiredMembers ?? [])}. Complete the order in e-conomic, {RetryHint}"),
            InvoiceDraftAttemptKind.OverPacked => report.Entry(SyncStatus.Error, OverPacked(order, result.Build?.OverPackedLines ?? [])),
            _ when result.Failure is { } failure => InvoiceDraftReport.WithFailure(report.Entry(SyncStatus.Error, Rejected(order, failure)), failure),
            _ => report.Entry(SyncStatus.Error, $"No invoice draft was created for order {order}. Check the order in e-conomic, {RetryHint}"),
        };
    }

    private static string OverPacked(string order, IReadOnlyList<OverPackedLine> lines)
    {
        var described = string.Join("; ", lines.Select(line =>
            $"line {line.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? "without number"} (product {line.Sku}) was packed {line.PackedQuantity.ToString(CultureInfo.InvariantCulture)} but ordered {line.OrderedQuantity.ToString(CultureInfo.InvariantCulture)}"));

        return $"No invoice draft was created for order {order} because the warehouse reported more packed than ordered: {described}. Correct the packed quantities in the warehouse or the order in e-conomic, {RetryHint}";
    }

    private static string Rejected(string order, InvoiceDraftFailure failure)
    {
        var product = failure.ProductNumber is null ? string.Empty : $" (product {failure.ProductNumber})";
        var next = failure.HttpStatus switch
        {
            401 => "Check the agreement grant token in the settings, " + RetryHint,
            403 => "Give the app access to invoices in e-conomic, " + RetryHint,
            _ when failure.ProductNumber is not null => $"Fix product {failure.ProductNumber} in e-conomic (a barred product cannot be invoiced) or remove it from the order, {RetryHint}",
            _ => "Fix the cause in e-conomic (such as a barred customer or a closed accounting period), " + RetryHint,
        };

        return $"No invoice draft was created for order {order}{product} because {failure.Reason}{InvoiceDraftReport.EconomicSuffix(failure)} {next}";
    }
}
