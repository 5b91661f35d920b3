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
}
