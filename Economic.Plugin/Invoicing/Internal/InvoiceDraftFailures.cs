using System.Globalization;
using System.Text.RegularExpressions;
using Economic.Plugin.Invoicing.Dto;
using Economic.Plugin.EconomicApi;
using Polly.Timeout;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>
/// Sorts the exceptions of an invoice draft attempt into transient faults, which are retried later,
/// and permanent ones, which wait for a person. Permanent faults are validation errors (such as a
/// barred product, E06600), a barred customer, a closed period (E04041) and missing access (401, 403).
/// </summary>
internal static partial class InvoiceDraftFailures
{
    /// <summary>Converts <paramref name="exception"/>, or returns null for an exception that is no e-conomic fault.</summary>
    /// <param name="exception">What the attempt threw.</param>
    /// <param name="sentDraft">The draft that was sent, to name the product of a rejected line. Null before sending.</param>
    /// <param name="cancellationToken">The handler's token: a cancellation it requested is no fault.</param>
    public static InvoiceDraftFailure? From(Exception exception, DraftInvoice? sentDraft, CancellationToken cancellationToken) =>
        exception switch
        {
            EconomicApiException economic => FromEconomic(economic, sentDraft),
            TimeoutRejectedException => new InvoiceDraftFailure(true, "e-conomic did not respond in time"),
            HttpRequestException => new InvoiceDraftFailure(true, "e-conomic could not be reached"),
            OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                new InvoiceDraftFailure(true, "e-conomic did not respond in time"),
            _ => null,
        };

    /// <summary>Classifies an e-conomic error response.</summary>
    public static InvoiceDraftFailure FromEconomic(EconomicApiException exception, DraftInvoice? sentDraft)
    {
        ArgumentNullException.ThrowIfNull(exception);

        var status = (int)exception.HttpStatus;
        var transient = IsTransientStatus(status);
        var reason = transient
            ? $"e-conomic answered HTTP {status.ToString(CultureInfo.InvariantCulture)}"
            : $"e-conomic rejected the invoice draft with HTTP {status.ToString(CultureInfo.InvariantCulture)}";

        return new InvoiceDraftFailure(transient, reason)
        {
            HttpStatus = status,
            EconomicMessage = exception.EconomicMessage,
            ErrorCode = SpecificCode(exception),
            LogId = exception.LogId,
            ProductNumber = ProductNamed(exception.Errors, sentDraft),
            Details = exception.Errors.Count == 0 ? null : string.Join(Environment.NewLine, exception.Errors),
        };
    }

    /// <summary>True when e-conomic returned 404 Not Found.</summary>
    public static bool IsNotFound(Exception exception) =>
        exception is EconomicApiException { HttpStatus: System.Net.HttpStatusCode.NotFound };

    /// <summary>True for the statuses that go away by themselves: 408, 409, 429 and every 5xx.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or 409 or 429 or >= 500;

    // e-conomic's top-level code of a validation error is the general E04300. The code of the first
    // problem, such as E06600 for a barred product, is more useful to the admin.
    private static string? SpecificCode(EconomicApiException exception) =>
        exception.Errors.Select(error => error.ErrorCode).FirstOrDefault(code => code is not null) ?? exception.ErrorCode;

    /// <summary>
    /// Returns the product of the first rejected line, found through the line index in a validation
    /// property path such as "lines[2].product" or "lines.items[2].product".
    /// </summary>
    public static string? ProductNamed(IEnumerable<EconomicValidationError> errors, DraftInvoice? sentDraft)
    {
        var lines = sentDraft?.Lines ?? [];
        foreach (var property in errors.Select(error => error.Property))
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
