using System.Globalization;
using System.Text.RegularExpressions;
using Economic.Plugin.Invoicing.Dto;
using Polly.Timeout;
using Refit;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// Sorts the exceptions of an invoice draft attempt into transient faults, which are retried later,
/// and permanent ones, which wait for a person: a validation error (such as a barred product,
/// E06600), a barred customer, a closed period (E04041) or missing access (401, 403).
/// </summary>
internal static partial class InvoiceDraftFailures
{
    /// <summary>Converts <paramref name="exception"/>, or returns null for an exception that is no e-conomic fault.</summary>
    /// <param name="exception">What the attempt threw.</param>
    /// <param name="sentDraft">The draft that was sent, to name the product of a rejected line; null before sending.</param>
    /// <param name="cancellationToken">The handler's token: a cancellation it requested is no fault.</param>
    public static InvoiceDraftFailure? From(Exception exception, DraftInvoice? sentDraft, CancellationToken cancellationToken) =>
        exception switch
        {
            ApiException api => FromStatus((int)api.StatusCode, null, null, null, [], sentDraft),
            TimeoutRejectedException => new InvoiceDraftFailure(true, "e-conomic did not respond in time"),
            HttpRequestException => new InvoiceDraftFailure(true, "e-conomic could not be reached"),
            OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                new InvoiceDraftFailure(true, "e-conomic did not respond in time"),
            _ => null,
        };

    /// <summary>Classifies an e-conomic error response.</summary>
    public static InvoiceDraftFailure FromStatus(
        int status,
        string? economicMessage,
        string? errorCode,
        string? logId,
        IReadOnlyList<(string Property, string Text)> validationErrors,
        DraftInvoice? sentDraft)
    {
        var transient = IsTransientStatus(status);
        var reason = transient
            ? $"e-conomic answered HTTP {status.ToString(CultureInfo.InvariantCulture)}"
            : $"e-conomic rejected the invoice draft with HTTP {status.ToString(CultureInfo.InvariantCulture)}";

        return new InvoiceDraftFailure(transient, reason)
        {
            HttpStatus = status,
            EconomicMessage = economicMessage,
            ErrorCode = errorCode,
            LogId = logId,
            ProductNumber = ProductNamed(validationErrors.Select(error => error.Property), sentDraft),
            Details = validationErrors.Count == 0 ? null : string.Join(Environment.NewLine, validationErrors.Select(error => error.Text)),
        };
    }

    /// <summary>True when e-conomic answered 404 Not Found.</summary>
    public static bool IsNotFound(Exception exception) =>
        exception is ApiException { StatusCode: System.Net.HttpStatusCode.NotFound };

    /// <summary>True for the statuses that go away by themselves: 408, 409, 429 and every 5xx.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or 409 or 429 or >= 500;

    /// <summary>
    /// Returns the product number of the first rejected line, found through the line index in a
    /// validation property path such as "lines[2].product" or "lines.items[2].product".
    /// </summary>
    public static string? ProductNamed(IEnumerable<string> properties, DraftInvoice? sentDraft)
    {
        var lines = sentDraft?.Lines ?? [];
        foreach (var property in properties)
        {
            var match = LineIndexPattern().Match(property);
            if (match.Success
                && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < lines.Count
                && lines[index].Product?.ProductNumber is { } productNumber)
            {
                return productNumber;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^lines(?:\.items)?\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex LineIndexPattern();
}
