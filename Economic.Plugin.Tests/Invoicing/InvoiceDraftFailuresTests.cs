using System.Net;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Invoicing.Dto;
using Economic.Plugin.Invoicing.Internal;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class InvoiceDraftFailuresTests
{
    private static readonly DraftInvoice SentDraft = new()
    {
        Lines =
        [
            new DraftInvoiceLine { Description = "Note" },
            new DraftInvoiceLine { Product = new ProductReference { ProductNumber = "A900" } },
        ],
    };

    [Theory]
    [InlineData("lines[1].product")]
    [InlineData("lines.items[1].product.productNumber")]
    public void ProductNamed_LinePath_ReturnsProductOfThatLine(string property)
    {
        var product = InvoiceDraftFailures.ProductNamed([new EconomicValidationError(property, "Product is barred.", "E06600", null)], SentDraft);

        Assert.Equal("A900", product);
    }

    [Fact]
    public void ProductNamed_HeaderPath_ReturnsNull()
    {
        var product = InvoiceDraftFailures.ProductNamed([new EconomicValidationError("customer", "customer does not exist.", "E06000", "9")], SentDraft);

        Assert.Null(product);
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    public void IsTransientStatus_Status_ClassifiesRetry(int status, bool transient)
    {
        Assert.Equal(transient, InvoiceDraftFailures.IsTransientStatus(status));
    }

    [Fact]
    public void FromEconomic_ClosedPeriod_IsPermanentWithEconomicCode()
    {
        var exception = new EconomicApiException(
            HttpStatusCode.BadRequest,
            "POST",
            "/invoices/drafts",
            new EconomicErrorBody
            {
                Message = "Validation error.",
                ErrorCode = "E04300",
                LogId = "8d79f54f226ebe44-CPH",
                Errors = [new EconomicValidationError("date", "Perioden er spærret.", "E04041", "2026-03-02")],
            });

        var failure = InvoiceDraftFailures.From(exception, SentDraft, CancellationToken.None);

        Assert.NotNull(failure);
        Assert.False(failure.IsTransient);
        Assert.Equal("E04041", failure.ErrorCode);
        Assert.Equal("8d79f54f226ebe44-CPH", failure.LogId);
        Assert.Equal(400, failure.HttpStatus);
        Assert.Contains("Perioden er spærret", failure.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    public void FromEconomic_Status_ClassifiesRetry(HttpStatusCode status, bool transient)
    {
        var exception = new EconomicApiException(status, "POST", "/invoices/drafts", new EconomicErrorBody { Message = "Denied." });

        var failure = InvoiceDraftFailures.From(exception, SentDraft, CancellationToken.None);

        Assert.Equal(transient, failure?.IsTransient);
    }

    [Fact]
    public void From_NetworkError_IsTransient()
    {
        var failure = InvoiceDraftFailures.From(new HttpRequestException("Connection refused."), null, CancellationToken.None);

        Assert.True(failure?.IsTransient);
    }

    [Fact]
    public void From_CallerCancelled_IsNoFailure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var failure = InvoiceDraftFailures.From(new OperationCanceledException(cancelled.Token), null, cancelled.Token);

        Assert.Null(failure);
    }
}
